import type { Context, Span } from '@opentelemetry/api';
import { INVALID_SPAN_CONTEXT, ROOT_CONTEXT, SpanKind, SpanStatusCode, context as activeContext, trace } from '@opentelemetry/api';
import { contextFromHeaders } from '../propagation/record-headers';
import { isTracingActive } from '../sdk/tracing-state';
import type { RecordHeaders } from '../propagation/record-headers';
import { ATTR_ERROR_TYPE } from '@opentelemetry/semantic-conventions';
import { MeshTraceAttribute, MessagingAttribute } from './mesh-trace-attributes';

/** Name of the tracer (instrumentation scope) of every span the mesh records. */
export const meshTracerName = '@usm/tracing';

/** A started span and the context that holds it, to run work in and to inject into produced records. */
export interface TracedStep {
  readonly span: Span;
  readonly context: Context;
}

/** The step of every record and send while tracing is off: nothing recorded, nothing to propagate. */
export const untracedStep: TracedStep = Object.freeze({ span: trace.wrapSpanContext(INVALID_SPAN_CONTEXT), context: ROOT_CONTEXT });

/** A `send <topic>` producer span, child of the active context (an HTTP request, a consumed record). */
export function startSendSpan(topic: string, messageCount: number): TracedStep {
  if (!isTracingActive()) return untracedStep;
  const parent = activeContext.active();
  const span = trace.getTracer(meshTracerName).startSpan(
    `send ${topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        [MessagingAttribute.System]: 'kafka',
        [MessagingAttribute.DestinationName]: topic,
        [MessagingAttribute.OperationType]: 'send',
        [MessagingAttribute.OperationName]: 'send',
        [MessagingAttribute.BatchMessageCount]: messageCount,
      },
    },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}

/** Where a consumed record came from: never its key or value. */
export interface ConsumedRecordPosition {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly headers?: RecordHeaders;
}

/** A `process <topic>` consumer span, child of the trace context the record carries (a new trace without one). */
export function startProcessSpan(record: ConsumedRecordPosition): TracedStep {
  if (!isTracingActive()) return untracedStep;
  const parent = contextFromHeaders(record.headers);
  const span = trace.getTracer(meshTracerName).startSpan(
    `process ${record.topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        [MessagingAttribute.System]: 'kafka',
        [MessagingAttribute.DestinationName]: record.topic,
        [MessagingAttribute.OperationType]: 'process',
        [MessagingAttribute.OperationName]: 'process',
        [MessagingAttribute.PartitionId]: String(record.partition),
        [MessagingAttribute.KafkaOffset]: Number(record.offset),
      },
    },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}

/** Ends a span with the record's outcome; a failure carries its stable code and class, never its message. */
export function endStep(step: TracedStep, outcome: { readonly outcome?: string; readonly errorCode?: string; readonly error?: unknown } = {}): void {
  if (step === untracedStep) return;
  if (outcome.outcome !== undefined) step.span.setAttribute(MeshTraceAttribute.Outcome, outcome.outcome);
  if (outcome.errorCode !== undefined) step.span.setAttribute(MeshTraceAttribute.ErrorCode, outcome.errorCode);
  if (outcome.error !== undefined) step.span.setAttribute(ATTR_ERROR_TYPE, outcome.error instanceof Error ? outcome.error.name : typeof outcome.error);
  if (outcome.errorCode !== undefined || outcome.error !== undefined) step.span.setStatus({ code: SpanStatusCode.ERROR });
  step.span.end();
}

/** Runs `work` with `step`'s span active, so spans it starts (a produce) are its children. */
export function inStep<R>(step: TracedStep, work: () => R): R {
  return step === untracedStep ? work() : activeContext.with(step.context, work);
}
