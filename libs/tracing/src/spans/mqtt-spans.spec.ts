import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import type { TracingRuntime } from '../sdk/start-tracing';
import { startTracing } from '../sdk/start-tracing';
import { endStep, inStep, startSendSpan, untracedStep } from './messaging-spans';
import { startMqttProcessSpan } from './mqtt-spans';

const deviceTrace = '0af7651916cd43dd8448eb211c80319c';
const deviceParent = `00-${deviceTrace}-b7ad6b7169203331-01`;
const settings = { enabled: true, tracesUrl: 'http://127.0.0.1:9/v1/traces', serviceName: 'spec', sampler: 'parentbased_always_on', samplerRatio: 1, exportDelayMs: 60_000 } as const;
const message = { filter: 'mesh/incheon/events/+', topic: 'mesh/incheon/events/radar-incheon-009' };

describe('MQTT process spans', () => {
  it('record nothing while tracing is off', () => {
    expect(startMqttProcessSpan({ ...message, userProperties: { traceparent: deviceParent } })).toBe(untracedStep);
  });

  describe('tracing on', () => {
    const exporter = new InMemorySpanExporter();
    let tracing: TracingRuntime;
    beforeAll(() => void (tracing = startTracing(settings, { city: 'incheon' }, exporter)));
    afterAll(() => tracing.shutdown());
    beforeEach(() => exporter.reset());

    it('continue the trace a device sent as its traceparent user property, and the produce is its child', async () => {
      const received = startMqttProcessSpan({ ...message, userProperties: { traceparent: deviceParent, tracestate: 'vendor=secret' } });
      inStep(received, () => endStep(startSendSpan('safety.events.raw.v1', 1)));
      endStep(received, { outcome: 'processed' });
      await tracing.flush();
      const [send, process] = exporter.getFinishedSpans();
      expect(process).toMatchObject({
        name: 'process mesh/incheon/events/+',
        kind: SpanKind.CONSUMER,
        parentSpanContext: { traceId: deviceTrace, spanId: 'b7ad6b7169203331' },
        attributes: { 'messaging.system': 'mqtt', 'messaging.destination.name': message.topic, 'mesh.record.outcome': 'processed' },
      });
      expect(process?.spanContext().traceId).toBe(deviceTrace);
      expect(send?.parentSpanContext?.spanId).toBe(process?.spanContext().spanId);
      expect(JSON.stringify(process?.attributes)).not.toContain('secret');
    });

    it('take the first traceparent when a device repeated the property', async () => {
      endStep(startMqttProcessSpan({ ...message, userProperties: { traceparent: [deviceParent, '00-11111111111111111111111111111111-2222222222222222-01'] } }));
      await tracing.flush();
      expect(exporter.getFinishedSpans()[0]?.spanContext().traceId).toBe(deviceTrace);
    });

    it.each([
      ['without user properties', undefined],
      ['with a malformed traceparent', { traceparent: 'not-a-trace' }],
    ])('start a new trace for a message %s', async (_, userProperties) => {
      endStep(startMqttProcessSpan({ ...message, ...(userProperties ? { userProperties } : {}) }));
      await tracing.flush();
      const [span] = exporter.getFinishedSpans();
      expect(span?.parentSpanContext).toBeUndefined();
      expect(span?.spanContext().traceId).toMatch(/^[0-9a-f]{32}$/);
    });
  });
});
