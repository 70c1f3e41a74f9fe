import type { BootstrapSettings } from './bootstrap';
import { bootstrapInterval, defaultBootstrap } from './bootstrap';
import { expectedCalibrationError } from './calibration';
import { accuracy, macroF1, perClassMetrics } from './classification-metrics';
import { nearestRankPercentile } from './percentile';
import { rocAucOneVsRest } from './roc-auc';
import type { ScoreReport } from './score-report';
import { SCORER_VERSION } from './score-report';
import type { ScoredExample } from './scored-example';
import { assertExamples, labelsOf } from './scored-example';
import { scoreSlices, sliceDimensions } from './slices';

export interface ScoringInput {
  readonly examples: readonly ScoredExample[];
  /** The benchmark's label set; by default every label seen. */
  readonly labels?: readonly string[];
  /** Hosted mode: one measured latency per inference call, in milliseconds. */
  readonly latenciesMs?: readonly number[];
  readonly bootstrap?: BootstrapSettings;
}

/** Scores a solution's predictions on a test split: a pure function of its input, so any holder of the files can recompute it. */
export function scorePredictions(input: ScoringInput): ScoreReport {
  const { examples, latenciesMs = [], bootstrap = defaultBootstrap } = input;
  assertExamples(examples);
  const labels = labelsOf(examples, input.labels);
  const p50 = nearestRankPercentile(latenciesMs, 50);
  const p99 = nearestRankPercentile(latenciesMs, 99);
  return {
    scorerVersion: SCORER_VERSION,
    examples: examples.length,
    accuracy: accuracy(examples),
    macroF1: macroF1(examples, labels),
    perClass: perClassMetrics(examples, labels),
    rocAuc: rocAucOneVsRest(examples, labels),
    expectedCalibrationError: expectedCalibrationError(examples),
    confidenceIntervals: {
      accuracy: bootstrapInterval(examples, accuracy, bootstrap),
      macroF1: bootstrapInterval(examples, (sample) => macroF1(sample, labels), bootstrap),
    },
    slices: Object.fromEntries(sliceDimensions.map((dimension) => [dimension, scoreSlices(examples, dimension)])),
    latency: p50 === null || p99 === null ? null : { p50Ms: p50, p99Ms: p99 },
  };
}
