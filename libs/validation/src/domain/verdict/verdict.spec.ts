import { judgeMetrics } from './verdict';

const thresholds = [
  { metric: 'macroF1', direction: 'atLeast' as const, value: 0.7 },
  { metric: 'latencyP99Ms', direction: 'atMost' as const, value: 250 },
];

describe('judgeMetrics', () => {
  it('passes when every threshold is met, boundaries included', () => {
    expect(judgeMetrics(thresholds, { macroF1: 0.7, latencyP99Ms: 250 }).verdict).toBe('passed');
  });
  it('fails when any metric misses, naming the check', () => {
    const { verdict, checks } = judgeMetrics(thresholds, { macroF1: 0.69, latencyP99Ms: 100 });
    expect(verdict).toBe('failed');
    expect(checks[0]).toEqual({ metric: 'macroF1', direction: 'atLeast', value: 0.7, actual: 0.69, met: false });
  });
  it('is inconclusive when a required metric is absent and nothing failed', () => {
    expect(judgeMetrics(thresholds, { macroF1: 0.9 }).verdict).toBe('inconclusive');
    expect(judgeMetrics(thresholds, { macroF1: 0.5 }).verdict).toBe('failed');
    expect(judgeMetrics(thresholds, { macroF1: Number.NaN, latencyP99Ms: 1 }).verdict).toBe('inconclusive');
  });
});
