import type { ConfidenceInterval } from './bootstrap';
import type { ClassMetrics } from './classification-metrics';
import type { SliceMetrics } from './slices';

/** Version of the scoring code; a result names it so a verifier recomputes with the same definitions. */
export const SCORER_VERSION = 'usm-scorer-1';

/** Everything the scorer says about one solution on one test split. */
export interface ScoreReport {
  readonly scorerVersion: string;
  readonly examples: number;
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perClass: Readonly<Record<string, ClassMetrics>>;
  /** Null when the solution gave no scores. */
  readonly rocAuc: number | null;
  readonly expectedCalibrationError: number | null;
  readonly confidenceIntervals: { readonly accuracy: ConfidenceInterval; readonly macroF1: ConfidenceInterval };
  readonly slices: Readonly<Record<string, Readonly<Record<string, SliceMetrics>>>>;
  /** Hosted mode only: nearest-rank percentiles of the measured inference latencies. */
  readonly latency: { readonly p50Ms: number; readonly p99Ms: number } | null;
}

/**
 * The report as the flat metric map of validation.results.v1: `accuracy`, `macroF1`, `rocAuc`,
 * `expectedCalibrationError`, `accuracy.ci.lower|upper`, `macroF1.ci.lower|upper`, `precision.<label>`,
 * `recall.<label>`, `f1.<label>`, `latencyP50Ms`, `latencyP99Ms`; absent metrics are left out, never NaN.
 */
export function metricsOf(report: ScoreReport): Record<string, number> {
  const metrics: Record<string, number> = { accuracy: report.accuracy, macroF1: report.macroF1 };
  if (report.rocAuc !== null) metrics['rocAuc'] = report.rocAuc;
  if (report.expectedCalibrationError !== null) metrics['expectedCalibrationError'] = report.expectedCalibrationError;
  for (const name of ['accuracy', 'macroF1'] as const) {
    metrics[`${name}.ci.lower`] = report.confidenceIntervals[name].lower;
    metrics[`${name}.ci.upper`] = report.confidenceIntervals[name].upper;
  }
  for (const [label, m] of Object.entries(report.perClass)) {
    metrics[`precision.${label}`] = m.precision;
    metrics[`recall.${label}`] = m.recall;
    metrics[`f1.${label}`] = m.f1;
  }
  if (report.latency !== null) {
    metrics['latencyP50Ms'] = report.latency.p50Ms;
    metrics['latencyP99Ms'] = report.latency.p99Ms;
  }
  return metrics;
}
