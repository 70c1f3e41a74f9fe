import type { Context, TextMapGetter } from '@opentelemetry/api';
import { ROOT_CONTEXT, propagation } from '@opentelemetry/api';

/** Kafka record headers as kafkajs types them (`IHeaders`), without depending on kafkajs. */
export type RecordHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined>;

const headerGetter: TextMapGetter<RecordHeaders> = {
  keys: (headers) => Object.keys(headers),
  get: (headers, key) => {
    const value = headers[key];
    if (value === undefined) return undefined;
    return Array.isArray(value) ? value.map((item) => item.toString()) : value.toString();
  },
};

/** The W3C trace context (`traceparent`, `tracestate`) a consumed record carries, or the root context. */
export function contextFromHeaders(headers: RecordHeaders | undefined): Context {
  return headers ? propagation.extract(ROOT_CONTEXT, headers, headerGetter) : ROOT_CONTEXT;
}

/**
 * `headers` plus the trace context of `context` (`traceparent`, `tracestate`), replacing any the record had. The
 * headers come back unchanged when there is nothing to propagate (tracing off, or no span in `context`).
 */
export function withTraceHeaders(headers: RecordHeaders | undefined, context: Context): RecordHeaders | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context, carrier);
  if (Object.keys(carrier).length === 0) return headers;
  const { traceparent: _parent, tracestate: _state, ...others } = headers ?? {};
  return { ...others, ...carrier };
}
