import { metricsOf, SCORER_VERSION } from './score-report';
import { scorePredictions } from './score-predictions';
import type { ScoredExample } from './scored-example';
import { scoreSlices, timeOfDayOf } from './slices';

const example = (i: number, actual: string, predicted: string, district: string, score: number): ScoredExample => ({
  eventId: `e${i}`,
  actual,
  predicted,
  scores: { [predicted]: score, [predicted === 'hazard' ? 'none' : 'hazard']: 1 - score },
  slices: { district, timeOfDay: i % 2 === 0 ? 'morningCommute' : 'daytime', category: 'traffic' },
});
// Buk-gu: 3 of 3 right; Nam-gu: 1 of 3 right.
const examples = [
  example(0, 'hazard', 'hazard', 'Buk-gu', 0.9),
  example(1, 'none', 'none', 'Buk-gu', 0.8),
  example(2, 'hazard', 'hazard', 'Buk-gu', 0.7),
  example(3, 'hazard', 'none', 'Nam-gu', 0.6),
  example(4, 'none', 'hazard', 'Nam-gu', 0.6),
  example(5, 'none', 'none', 'Nam-gu', 0.9),
];

describe('scorePredictions', () => {
  const report = scorePredictions({ examples, latenciesMs: [12, 15, 11, 40, 13], bootstrap: { resamples: 200, level: 0.95, seed: 1 } });

  it('names the scorer version and computes accuracy 4/6', () => {
    expect(report.scorerVersion).toBe(SCORER_VERSION);
    expect(report.examples).toBe(6);
    expect(report.accuracy).toBeCloseTo(4 / 6, 12);
  });

  it('slices by district so cross-place reliability is visible', () => {
    expect(report.slices['district']).toEqual({
      'Buk-gu': { examples: 3, accuracy: 1, macroF1: 1 },
      'Nam-gu': { examples: 3, accuracy: expect.closeTo(1 / 3, 12) as number, macroF1: expect.any(Number) as number },
    });
    expect(Object.keys(report.slices['timeOfDay'] ?? {})).toEqual(['daytime', 'morningCommute']);
  });

  it('measures latency p50 and p99 by nearest rank: of 11, 12, 13, 15, 40 → 13 and 40', () => {
    expect(report.latency).toEqual({ p50Ms: 13, p99Ms: 40 });
  });

  it('flattens into the metric map of validation.results.v1, without absent metrics', () => {
    const metrics = metricsOf(report);
    expect(metrics).toEqual(expect.objectContaining({ accuracy: report.accuracy, macroF1: report.macroF1, latencyP50Ms: 13, latencyP99Ms: 40 }));
    expect(Object.keys(metrics)).toEqual(expect.arrayContaining(['rocAuc', 'expectedCalibrationError', 'accuracy.ci.lower', 'precision.hazard', 'recall.none', 'f1.none']));
    const withoutScores = metricsOf(scorePredictions({ examples: examples.map(({ scores: _s, ...rest }) => rest), bootstrap: { resamples: 10, level: 0.9, seed: 1 } }));
    expect(withoutScores).not.toHaveProperty('rocAuc');
    expect(withoutScores).not.toHaveProperty('latencyP50Ms');
    expect(Object.values(withoutScores).every(Number.isFinite)).toBe(true);
  });

  it('is a pure function of its input: the same files recompute to the same report', () => {
    expect(scorePredictions({ examples, latenciesMs: [12, 15, 11, 40, 13], bootstrap: { resamples: 200, level: 0.95, seed: 1 } })).toEqual(report);
  });
});

describe('slices', () => {
  it('puts examples without the slice under unknown', () => {
    expect(scoreSlices([{ eventId: 'x', actual: 'a', predicted: 'a' }], 'district')).toEqual({ unknown: { examples: 1, accuracy: 1, macroF1: 1 } });
  });

  it('names the time of day, the school runs apart', () => {
    expect([0, 7, 12, 16, 21].map(timeOfDayOf)).toEqual(['night', 'morningCommute', 'daytime', 'afternoonCommute', 'evening']);
  });
});
