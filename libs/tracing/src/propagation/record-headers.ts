import type { Context, TextMapGetter } from '@opentelemetry/api';
import { ROOT_CONTEXT, propagation } from '@opentelemetry/api';
import { isTracingActive } from '../sdk/tracing-state';

/** Kafka record headers as kafkajs types them (`IHeaders`), without depending on kafkajs. */
export type RecordHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined>;

/**
 * Only `traceparent` is read: its format is fixed (hex ids and flags, checked by the propagator), while `tracestate`
 * is free text a source chooses and would otherwise be carried into anonymised records and across the border.
 */
export const propagatedHeader = 'traceparent';

const headerGetter: TextMapGetter<RecordHeaders> = {
  keys: () => [propagatedHeader],
  get: (headers, key) => {
    if (key !== propagatedHeader) return undefined;
    const value = headers[key];
    if (value === undefined) return undefined;
    return Array.isArray(value) ? value.map((item) => item.toString()) : value.toString();
  },
};

/** The W3C trace context a consumed record carries (its `traceparent`; never its `tracestate`), or the root context. */
export function contextFromHeaders(headers: RecordHeaders | undefined): Context {
  return headers ? propagation.extract(ROOT_CONTEXT, headers, headerGetter) : ROOT_CONTEXT;
}

/**
 * `headers` plus the trace context of `context` (`traceparent`), replacing any `traceparent` or `tracestate` the record had. The
 * headers come back unchanged when there is nothing to propagate (tracing off, or no span in `context`).
 */
export function withTraceHeaders(headers: RecordHeaders | undefined, context: Context): RecordHeaders | undefined {
  if (!isTracingActive()) return headers;
  const carrier: Record<string, string> = {};
  propagation.inject(context, carrier);
  if (Object.keys(carrier).length === 0) return headers;
  const { traceparent: _parent, tracestate: _state, ...others } = headers ?? {};
  return { ...others, ...carrier };
}
