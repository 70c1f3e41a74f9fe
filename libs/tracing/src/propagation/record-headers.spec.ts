import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import { SpanKind } from '@opentelemetry/api';
import type { TracingRuntime } from '../sdk/start-tracing';
import { startTracing } from '../sdk/start-tracing';
import { endStep, inStep, startProcessSpan, startSendSpan } from '../spans/messaging-spans';
import { endServerSpan, startServerSpan } from '../spans/http-spans';
import { withTraceHeaders } from './record-headers';

const callerTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
const callerParent = `00-${callerTrace}-00f067aa0ba902b7-01`;
const settings = { enabled: true, tracesUrl: 'http://127.0.0.1:9/v1/traces', serviceName: 'spec', sampler: 'parentbased_always_on', samplerRatio: 1, exportDelayMs: 60_000 } as const;

describe('trace context in Kafka record headers, tracing on', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: TracingRuntime;
  beforeAll(() => void (tracing = startTracing(settings, { city: 'incheon' }, exporter)));
  afterAll(() => tracing.shutdown());
  beforeEach(() => exporter.reset());

  it('carries a request\'s trace from the HTTP server span through a produce into the consumer\'s process span', async () => {
    const server = startServerSpan({ method: 'POST', route: '/v1/events', headers: { traceparent: callerParent, tracestate: 'vendor=1' } });
    const headers = inStep(server, () => {
      const send = startSendSpan('safety.events.raw.v1', 1);
      const injected = withTraceHeaders({ 'mesh.kind': 'x' }, send.context);
      endStep(send);
      return injected;
    });
    endServerSpan(server, 202);
    const consumed = startProcessSpan({ topic: 'safety.events.raw.v1', partition: 2, offset: '41', headers: { ...headers, traceparent: Buffer.from(String(headers?.['traceparent'])) } });
    endStep(consumed, { outcome: 'processed' });
    await tracing.flush();
    const [send, http, process] = exporter.getFinishedSpans();
    expect(String(headers?.['traceparent'])).toMatch(new RegExp(`^00-${callerTrace}-[0-9a-f]{16}-01$`));
    // A caller's tracestate is free text: it stops at the edge and never rides along into Kafka.
    expect(headers).toEqual({ 'mesh.kind': 'x', traceparent: expect.any(String) });
    expect(http).toMatchObject({ name: 'POST /v1/events', kind: SpanKind.SERVER, parentSpanContext: { spanId: '00f067aa0ba902b7' }, attributes: { 'http.route': '/v1/events', 'http.response.status_code': 202 } });
    expect(send).toMatchObject({ name: 'send safety.events.raw.v1', kind: SpanKind.PRODUCER, parentSpanContext: { spanId: http?.spanContext().spanId } });
    expect(process).toMatchObject({
      name: 'process safety.events.raw.v1',
      kind: SpanKind.CONSUMER,
      parentSpanContext: { spanId: send?.spanContext().spanId },
      attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': 'safety.events.raw.v1', 'messaging.destination.partition.id': '2', 'messaging.kafka.offset': 41, 'mesh.record.outcome': 'processed' },
    });
    expect(new Set([send, http, process].map((span) => span?.spanContext().traceId))).toEqual(new Set([callerTrace]));
  });

  it('replaces the trace context a record already had, so an output names the span that produced it', () => {
    const step = startProcessSpan({ topic: 't', partition: 0, offset: '0', headers: { traceparent: callerParent, tracestate: 'phone=821012345678' } });
    const headers = withTraceHeaders({ traceparent: '00-11111111111111111111111111111111-2222222222222222-01', tracestate: 'stale=1' }, step.context);
    endStep(step);
    expect(headers).toEqual({ traceparent: `00-${callerTrace}-${step.span.spanContext().spanId}-01` });
  });

  it('starts a new trace for a record without a trace context', () => {
    const step = startProcessSpan({ topic: 't', partition: 0, offset: '0' });
    expect(step.span.isRecording()).toBe(true);
    endStep(step, { errorCode: 'MESSAGING.WRONG_MAGIC_BYTE' });
    const { traceId } = step.span.spanContext();
    expect(traceId).not.toBe(callerTrace);
    expect(String(withTraceHeaders(undefined, step.context)?.['traceparent'])).toContain(traceId);
  });
});

describe('trace context in Kafka record headers, tracing off', () => {
  it('records nothing and leaves headers as they are', () => {
    const step = startProcessSpan({ topic: 't', partition: 0, offset: '0', headers: { traceparent: callerParent } });
    const headers = { 'mesh.kind': 'x' };
    expect(withTraceHeaders(headers, step.context)).toBe(headers);
    expect(withTraceHeaders(undefined, step.context)).toBeUndefined();
    expect(step.span.isRecording()).toBe(false);
    expect(startTracing({ enabled: false }, { city: 'incheon' }).enabled).toBe(false);
  });
});
