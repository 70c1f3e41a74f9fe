import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { ContractError } from '@usm/errors';
import type { TracingRuntime } from '@usm/tracing';
import { startSendSpan, startTracing } from '@usm/tracing';
import { aSourceRecord } from '../spec-support/source-records';
import type { PlanSteps } from './record-plan';
import { planRecord } from './record-plan';
import type { TransformResult } from './transform-result';

const ingestTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
const sourceParent = `00-${ingestTrace}-00f067aa0ba902b7-01`;
const exporter = new InMemorySpanExporter();
let tracing: TracingRuntime;

function steps(transform: PlanSteps<string>['transform']): PlanSteps<string> {
  return {
    decode: () => ({ topic: 'raw', partition: 1, offset: '7', timestamp: '1', key: 'evt-1', headers: {}, schemaId: 7, value: 'raw' }),
    transform,
    encode: (topic, value) => Buffer.from(`${topic}:${String(value)}`),
    now: () => new Date('2026-12-05T00:00:00Z'),
  };
}

const traceIdOf = (header: unknown) => String(header).split('-')[1];
const parentIdOf = (header: unknown) => String(header).split('-')[2];

beforeAll(() => void (tracing = startTracing({ enabled: true, tracesUrl: 'http://127.0.0.1:9/v1/traces', serviceName: 'spec', sampler: 'parentbased_always_on', samplerRatio: 1, exportDelayMs: 60_000 }, { city: 'incheon' }, exporter)));
afterAll(() => tracing.shutdown());
beforeEach(() => exporter.reset());

describe('planRecord with tracing on', () => {
  it('processes a record under a consumer span that continues its trace, and every output carries that span', async () => {
    let activeInTransform: string | undefined;
    const plan = await planRecord(
      aSourceRecord({ topic: 'raw', partition: 1, offset: '7', headers: { traceparent: Buffer.from(sourceParent), 'mesh.kind': 'x' } }),
      steps((record): TransformResult => {
        activeInTransform = trace.getActiveSpan()?.spanContext().spanId;
        return { outcome: 'processed', outputs: [{ topic: 'anonymised', key: record.key ?? '', value: 'a', headers: { 'mesh.egress': 'ok' } }, { topic: 'quarantine', key: record.key ?? '', value: 'q' }] };
      }),
    );
    await tracing.flush();
    const [span] = exporter.getFinishedSpans();
    expect(span).toMatchObject({ name: 'process raw', kind: SpanKind.CONSUMER, parentSpanContext: { spanId: '00f067aa0ba902b7' }, attributes: { 'messaging.kafka.offset': 7, 'mesh.record.outcome': 'processed' } });
    expect(span?.spanContext().traceId).toBe(ingestTrace);
    expect(activeInTransform).toBe(span?.spanContext().spanId);
    expect(plan.messages.map((message) => [traceIdOf(message.headers['traceparent']), parentIdOf(message.headers['traceparent'])])).toEqual([
      [ingestTrace, span?.spanContext().spanId],
      [ingestTrace, span?.spanContext().spanId],
    ]);
    expect(plan.messages[0]?.headers).toMatchObject({ 'mesh.egress': 'ok' });
  });

  it('sends a dead letter on with the failing span\'s trace context and marks the span failed with the code only', async () => {
    const plan = await planRecord(
      aSourceRecord({ topic: 'raw', headers: { traceparent: sourceParent } }),
      steps(() => ({ outcome: 'deadLettered', error: new ContractError('PRIVACY.EGRESS_BLOCKED', 'a phone number matched in description') })),
    );
    await tracing.flush();
    const [span] = exporter.getFinishedSpans();
    expect(span).toMatchObject({ status: { code: SpanStatusCode.ERROR }, attributes: { 'mesh.record.outcome': 'deadLettered', 'mesh.error.code': 'PRIVACY.EGRESS_BLOCKED' } });
    expect(JSON.stringify(span?.attributes)).not.toContain('phone number');
    expect(parentIdOf(plan.messages[0]?.headers['traceparent'])).toBe(span?.spanContext().spanId);
  });

  it('keeps a producer span of the same trace around what the transform itself publishes', async () => {
    let sendParent: string | undefined;
    await planRecord(
      aSourceRecord({ topic: 'raw', headers: { traceparent: sourceParent } }),
      steps(() => {
        const send = startSendSpan('side', 1);
        sendParent = send.span.spanContext().traceId;
        send.span.end();
        return { outcome: 'skipped', outputs: [] };
      }),
    );
    expect(sendParent).toBe(ingestTrace);
  });
});
