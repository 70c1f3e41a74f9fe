import type { ScoredExample } from './scored-example';

/** Number of equal-width confidence bins of the expected calibration error. */
export const ECE_BINS = 10;

/** Bin of a confidence c in [0, 1]: (0, 0.1] → 0, (0.1, 0.2] → 1, …, (0.9, 1] → 9; c = 0 goes to bin 0. */
export function calibrationBin(confidence: number, bins = ECE_BINS): number {
  // The epsilon keeps 0.3 in (0.2, 0.3] although 0.3 * 10 is 3.0000000000000004 in floating point.
  return Math.min(bins - 1, Math.max(0, Math.ceil(confidence * bins - 1e-9) - 1));
}

/**
 * Expected calibration error: confidence is the score the solution gave its predicted label; examples fall into
 * ECE_BINS equal-width bins by confidence; ECE = Σ_bins (|bin| / n) · |accuracy(bin) − mean confidence(bin)|.
 * Null when an example has no score for its prediction.
 */
export function expectedCalibrationError(examples: readonly ScoredExample[], bins = ECE_BINS): number | null {
  if (examples.length === 0) return null;
  const totals = Array.from({ length: bins }, () => ({ count: 0, correct: 0, confidence: 0 }));
  for (const example of examples) {
    const confidence = example.scores?.[example.predicted];
    if (confidence === undefined || !Number.isFinite(confidence)) return null;
    const bin = totals[calibrationBin(confidence, bins)];
    if (bin === undefined) return null;
    bin.count += 1;
    bin.correct += example.actual === example.predicted ? 1 : 0;
    bin.confidence += confidence;
  }
  return totals.reduce((sum, bin) => (bin.count === 0 ? sum : sum + (bin.count / examples.length) * Math.abs(bin.correct / bin.count - bin.confidence / bin.count)), 0);
}
