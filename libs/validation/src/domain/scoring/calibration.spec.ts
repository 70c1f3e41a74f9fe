import { calibrationBin, expectedCalibrationError } from './calibration';
import type { ScoredExample } from './scored-example';

const example = (confidence: number, correct: boolean): ScoredExample => ({
  eventId: `${confidence}`,
  actual: correct ? 'a' : 'b',
  predicted: 'a',
  scores: { a: confidence, b: 1 - confidence },
});

describe('expected calibration error', () => {
  it('puts a confidence in the (k/10, (k+1)/10] bin', () => {
    expect([0, 0.05, 0.1, 0.3, 0.30001, 0.95, 1].map((c) => calibrationBin(c))).toEqual([0, 0, 0, 2, 3, 9, 9]);
  });

  it('gives 0.45 on the worked example', () => {
    // bin (0.9,1]: one right at 0.95 → |1 − 0.95| · 1/4 = 0.0125
    // bin (0.8,0.9]: one wrong at 0.85 → |0 − 0.85| · 1/4 = 0.2125
    // bin (0.3,0.4]: one right at 0.35 → |1 − 0.35| · 1/4 = 0.1625
    // bin (0.2,0.3]: one wrong at 0.25 → |0 − 0.25| · 1/4 = 0.0625        total 0.45
    expect(expectedCalibrationError([example(0.95, true), example(0.85, false), example(0.35, true), example(0.25, false)])).toBeCloseTo(0.45, 12);
  });

  it('averages within a bin before comparing: 0.8 right and 0.8 wrong give |0.5 − 0.8| = 0.3', () => {
    expect(expectedCalibrationError([example(0.8, true), example(0.8, false)])).toBeCloseTo(0.3, 12);
  });

  it('is 0 for a perfectly calibrated solution and null without scores', () => {
    expect(expectedCalibrationError([example(1, true), example(1, true)])).toBe(0);
    expect(expectedCalibrationError([{ eventId: 'e', actual: 'a', predicted: 'a' }])).toBeNull();
  });
});
