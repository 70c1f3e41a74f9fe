import type { IncomingHttpHeaders } from 'node:http';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, propagation, trace } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE, ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE } from '@opentelemetry/semantic-conventions';
import { propagatedHeader } from '../propagation/record-headers';
import type { TracedStep } from './messaging-spans';
import { isTracingActive } from '../sdk/tracing-state';
import { meshTracerName, untracedStep } from './messaging-spans';

/** A request as the server span needs it: the method, the route template (never the URL) and the headers. */
export interface ServedRequest {
  readonly method: string;
  /** The matched route template, e.g. `/v1/events`: a path or query may hold an id, a template never does. */
  readonly route: string;
  readonly headers: IncomingHttpHeaders;
}

/** A `<METHOD> <route>` server span, child of the caller's `traceparent` when it sent one (its `tracestate` is not kept). */
export function startServerSpan(request: ServedRequest): TracedStep {
  if (!isTracingActive()) return untracedStep;
  const traceparent = request.headers[propagatedHeader];
  const parent = typeof traceparent === 'string' ? propagation.extract(ROOT_CONTEXT, { [propagatedHeader]: traceparent }) : ROOT_CONTEXT;
  const span = trace.getTracer(meshTracerName).startSpan(
    `${request.method} ${request.route}`,
    { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: request.method, [ATTR_HTTP_ROUTE]: request.route } },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}

/** Ends a server span with the response's status; 5xx marks it failed, as the HTTP conventions say. */
export function endServerSpan(step: TracedStep, statusCode: number): void {
  if (step === untracedStep) return;
  step.span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, statusCode);
  if (statusCode >= 500) {
    step.span.setAttribute(ATTR_ERROR_TYPE, String(statusCode));
    step.span.setStatus({ code: SpanStatusCode.ERROR });
  }
  step.span.end();
}
