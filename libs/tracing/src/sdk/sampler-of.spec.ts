import { ROOT_CONTEXT, SpanKind, TraceFlags, trace } from '@opentelemetry/api';
import { SamplingDecision } from '@opentelemetry/sdk-trace';
import { samplerOf } from './sampler-of';

const traceId = '0af7651916cd43dd8448eb211c80319c';
const decide = (name: Parameters<typeof samplerOf>[0], ratio: number, parentSampled?: boolean) => {
  const context = parentSampled === undefined ? ROOT_CONTEXT : trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId: 'b7ad6b7169203331', traceFlags: parentSampled ? TraceFlags.SAMPLED : TraceFlags.NONE, isRemote: true });
  return samplerOf(name, ratio).shouldSample(context, traceId, 'span', SpanKind.SERVER, {}, []).decision;
};

describe('samplerOf', () => {
  it('samples everything with always_on and nothing with always_off', () => {
    expect(decide('always_on', 1)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide('always_off', 1)).toBe(SamplingDecision.NOT_RECORD);
  });

  it('follows a remote parent\'s decision with the parent-based samplers', () => {
    expect(decide('parentbased_always_on', 1, false)).toBe(SamplingDecision.NOT_RECORD);
    expect(decide('parentbased_always_off', 1, true)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide('parentbased_traceidratio', 0, true)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
  });

  it('samples roots by trace id with the ratio samplers', () => {
    expect(decide('traceidratio', 0)).toBe(SamplingDecision.NOT_RECORD);
    expect(decide('traceidratio', 1)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide('parentbased_traceidratio', 0)).toBe(SamplingDecision.NOT_RECORD);
  });
});
