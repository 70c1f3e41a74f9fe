import fc from 'fast-check';
import { bootstrapInterval } from './bootstrap';
import { accuracy } from './classification-metrics';
import { nearestRankPercentile, quantileOfSorted } from './percentile';
import type { ScoredExample } from './scored-example';

const examples = (right: number, wrong: number): ScoredExample[] => [
  ...Array.from({ length: right }, (_, i) => ({ eventId: `r${i}`, actual: 'a', predicted: 'a' })),
  ...Array.from({ length: wrong }, (_, i) => ({ eventId: `w${i}`, actual: 'a', predicted: 'b' })),
];
const settings = { resamples: 500, level: 0.95, seed: 7 };

describe('bootstrapInterval', () => {
  it('is the same for the same items and seed, and differs for another seed', () => {
    const data = examples(70, 30);
    expect(bootstrapInterval(data, accuracy, settings)).toEqual(bootstrapInterval(data, accuracy, settings));
    expect(bootstrapInterval(data, accuracy, { ...settings, seed: 8 })).not.toEqual(bootstrapInterval(data, accuracy, settings));
  });

  it('brackets the estimate with a width near the normal approximation', () => {
    // 70 of 100 right: standard error √(0.7·0.3/100) ≈ 0.0458, so a 95% interval spans about ±0.09.
    const ci = bootstrapInterval(examples(70, 30), accuracy, settings);
    expect(ci.estimate).toBeCloseTo(0.7, 12);
    expect(ci.lower).toBeLessThan(0.7);
    expect(ci.upper).toBeGreaterThan(0.7);
    expect(ci.upper - ci.lower).toBeGreaterThan(0.13);
    expect(ci.upper - ci.lower).toBeLessThan(0.23);
  });

  it('collapses to a point when the metric cannot vary: all right gives [1, 1]', () => {
    expect(bootstrapInterval(examples(5, 0), accuracy, settings)).toEqual(expect.objectContaining({ lower: 1, upper: 1, estimate: 1 }));
  });

  it('always gives lower ≤ upper inside [0, 1] for accuracy', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer(), (right, wrong, seed) => {
        fc.pre(right + wrong > 0);
        const ci = bootstrapInterval(examples(right, wrong), accuracy, { resamples: 50, level: 0.9, seed });
        expect(ci.lower).toBeLessThanOrEqual(ci.upper);
        expect(ci.lower).toBeGreaterThanOrEqual(0);
        expect(ci.upper).toBeLessThanOrEqual(1);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses bad settings naming the rule', () => {
    expect(() => bootstrapInterval(examples(1, 1), accuracy, { ...settings, resamples: 0 })).toThrow(expect.objectContaining({ details: expect.objectContaining({ rule: 'resamples.positive' }) }));
    expect(() => bootstrapInterval(examples(1, 1), accuracy, { ...settings, level: 1 })).toThrow(expect.objectContaining({ details: expect.objectContaining({ rule: 'level.range' }) }));
  });
});

describe('percentiles', () => {
  it('type-7 quantile interpolates: q 0.25 of [1, 2, 3, 4] is 1.75', () => {
    expect(quantileOfSorted([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantileOfSorted([1, 2, 3, 4], 1)).toBe(4);
  });

  it('nearest rank: of 10, 20, …, 100 ms, p50 = 50 (rank ⌈5⌉) and p99 = 100 (rank ⌈9.9⌉)', () => {
    const latencies = [100, 10, 90, 20, 80, 30, 70, 40, 60, 50];
    expect(nearestRankPercentile(latencies, 50)).toBe(50);
    expect(nearestRankPercentile(latencies, 99)).toBe(100);
    expect(nearestRankPercentile([], 50)).toBeNull();
  });
});
