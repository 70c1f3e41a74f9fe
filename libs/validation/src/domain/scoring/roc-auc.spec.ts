import fc from 'fast-check';
import { binaryRocAuc, rocAucOneVsRest } from './roc-auc';
import type { ScoredExample } from './scored-example';

describe('binaryRocAuc', () => {
  it('counts pairs a positive wins, a tie as one half: 7.5 of 9 pairs = 0.8333', () => {
    // positives 0.9, 0.8, 0.4; negatives 0.7, 0.4, 0.2.
    // 0.9 beats all 3; 0.8 beats all 3; 0.4 loses to 0.7, ties 0.4 (½), beats 0.2 → 3 + 3 + 1.5 = 7.5; 7.5 / 9.
    expect(binaryRocAuc([0.9, 0.8, 0.4], [0.7, 0.4, 0.2])).toBeCloseTo(7.5 / 9, 12);
  });

  it('gives 1 for perfect ranking, 0 for inverted, 0.5 when every score ties', () => {
    expect(binaryRocAuc([0.9, 0.8], [0.1, 0.2])).toBe(1);
    expect(binaryRocAuc([0.1], [0.9])).toBe(0);
    expect(binaryRocAuc([0.5, 0.5], [0.5, 0.5, 0.5])).toBe(0.5);
  });

  it('is null without a positive or a negative', () => {
    expect(binaryRocAuc([], [0.1])).toBeNull();
    expect(binaryRocAuc([0.1], [])).toBeNull();
  });

  // Scores on a 1/1000 grid, so the transform below stays strictly increasing in floating point too.
  const scores = fc.array(fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000), { minLength: 1, maxLength: 30 });
  it('is unchanged by a strictly increasing transform of the scores', () => {
    fc.assert(
      fc.property(scores, scores, (positives, negatives) => {
        const transform = (s: number) => Math.exp(3 * s) + 7;
        expect(binaryRocAuc(positives.map(transform), negatives.map(transform))).toBeCloseTo(binaryRocAuc(positives, negatives) ?? Number.NaN, 12);
      }),
    );
  });

  it('equals the pairwise count of wins plus half the ties', () => {
    fc.assert(
      fc.property(scores, scores, (positives, negatives) => {
        let wins = 0;
        for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
        expect(binaryRocAuc(positives, negatives)).toBeCloseTo(wins / (positives.length * negatives.length), 12);
      }),
    );
  });
});

describe('rocAucOneVsRest', () => {
  const example = (actual: string, scores: Record<string, number>): ScoredExample => ({ eventId: actual, actual, predicted: actual, scores });

  it('macro-averages each label against the rest', () => {
    // Label x: positives [0.9], negatives [0.3, 0.2] → 1. Label y: positives [0.6], negatives [0.1, 0.7] → 0.5.
    // Label z: positives [0.1], negatives [0.0, 0.1] → (1 + ½) / 2 = 0.75. Mean (1 + 0.5 + 0.75) / 3 = 0.75.
    const examples = [example('x', { x: 0.9, y: 0.1, z: 0 }), example('y', { x: 0.3, y: 0.6, z: 0.1 }), example('z', { x: 0.2, y: 0.7, z: 0.1 })];
    expect(rocAucOneVsRest(examples)).toBeCloseTo(0.75, 12);
  });

  it('is null when any example has no scores', () => {
    expect(rocAucOneVsRest([example('x', { x: 1 }), { eventId: 'e', actual: 'y', predicted: 'y' }])).toBeNull();
  });
});
