import { ValidationError } from '@usm/errors';
import fc from 'fast-check';
import { accuracy, macroF1, perClassMetrics } from './classification-metrics';
import type { ScoredExample } from './scored-example';

const examplesOf = (actual: string, predicted: string): ScoredExample[] =>
  actual.split('').map((a, i) => ({ eventId: `e${i}`, actual: a, predicted: predicted[i] ?? '' }));

// Worked example, 10 events, labels A, B, C:
//   actual    A A A A B B B C C C
//   predicted A A A B B B B C C A
// A: TP 3, FP 1 (a C called A), FN 1 (an A called B) → P 3/4, R 3/4, F1 0.75
// B: TP 3, FP 1 (the A called B), FN 0             → P 3/4, R 1,   F1 2·0.75·1/1.75 = 6/7
// C: TP 2, FP 0, FN 1 (the C called A)              → P 1,   R 2/3, F1 2·(2/3)/(5/3) = 0.8
// accuracy 8/10 = 0.8; macro-F1 (0.75 + 6/7 + 0.8) / 3 = 0.802380952…
const worked = examplesOf('AAAABBBCCC', 'AAABBBBCCA');

describe('classification metrics on the worked example', () => {
  it('accuracy = 0.8', () => {
    expect(accuracy(worked)).toBeCloseTo(0.8, 12);
  });

  it('per-class precision, recall, F1 and support', () => {
    const m = perClassMetrics(worked);
    expect(m['A']).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75, support: 4 });
    expect(m['B']?.precision).toBeCloseTo(0.75, 12);
    expect(m['B']?.recall).toBeCloseTo(1, 12);
    expect(m['B']?.f1).toBeCloseTo(6 / 7, 12);
    expect(m['C']).toEqual({ precision: 1, recall: 2 / 3, f1: expect.closeTo(0.8, 12) as number, support: 3 });
  });

  it('macro-F1 = (0.75 + 6/7 + 0.8) / 3', () => {
    expect(macroF1(worked)).toBeCloseTo((0.75 + 6 / 7 + 0.8) / 3, 12);
  });

  it('counts a benchmark label never seen or predicted as precision and recall 0', () => {
    expect(perClassMetrics(worked, ['A', 'B', 'C', 'D'])['D']).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(macroF1(worked, ['A', 'B', 'C', 'D'])).toBeCloseTo((0.75 + 6 / 7 + 0.8) / 4, 12);
  });

  it('refuses an empty test set', () => {
    expect(() => accuracy([])).toThrow(ValidationError);
  });
});

const label = fc.constantFrom('speedingNearSchool', 'noHazard', 'carWrongDirection');
const examplesArb = fc.array(fc.tuple(label, label), { minLength: 1, maxLength: 60 }).map((pairs) =>
  pairs.map(([actual, predicted], i): ScoredExample => ({ eventId: `e${i}`, actual, predicted })),
);

describe('classification metric properties', () => {
  it('accuracy and macro-F1 lie in [0, 1]', () => {
    fc.assert(
      fc.property(examplesArb, (examples) => {
        for (const value of [accuracy(examples), macroF1(examples)]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('macro-F1 is 1 exactly when every prediction is right', () => {
    fc.assert(
      fc.property(examplesArb, (examples) => {
        const perfect = examples.every((e) => e.actual === e.predicted);
        expect(Math.abs(macroF1(examples) - 1) < 1e-12).toBe(perfect);
        expect(macroF1(examples.map((e) => ({ ...e, predicted: e.actual })))).toBeCloseTo(1, 12);
      }),
    );
  });

  it('does not depend on the order of examples', () => {
    fc.assert(
      fc.property(examplesArb, (examples) => {
        const reversed = [...examples].reverse();
        expect(accuracy(reversed)).toBeCloseTo(accuracy(examples), 12);
        expect(macroF1(reversed)).toBeCloseTo(macroF1(examples), 12);
      }),
    );
  });
});

describe('per-class counting', () => {
  it('agrees with counting TP, FP and FN straight from the definitions', () => {
    fc.assert(
      fc.property(examplesArb, (examples) => {
        for (const [name, m] of Object.entries(perClassMetrics(examples))) {
          const tp = examples.filter((e) => e.actual === name && e.predicted === name).length;
          const fp = examples.filter((e) => e.actual !== name && e.predicted === name).length;
          const fn = examples.filter((e) => e.actual === name && e.predicted !== name).length;
          expect(m.precision).toBeCloseTo(tp + fp === 0 ? 0 : tp / (tp + fp), 12);
          expect(m.recall).toBeCloseTo(tp + fn === 0 ? 0 : tp / (tp + fn), 12);
          expect(m.support).toBe(tp + fn);
        }
      }),
    );
  });
});
