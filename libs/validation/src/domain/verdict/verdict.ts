import type { MetricThreshold } from '../benchmark/benchmark.model';

/** Outcome of a result against a benchmark's thresholds (the ValidationVerdict symbols of validation.results.v1). */
export type Verdict = 'passed' | 'failed' | 'inconclusive';

/** One threshold checked: `actual` null when the result has no such metric. */
export interface ThresholdCheck extends MetricThreshold {
  readonly actual: number | null;
  readonly met: boolean | null;
}

/**
 * Checks every threshold: failed if any metric misses its threshold, else inconclusive if any required metric is
 * absent (e.g. ROC-AUC from predictions without scores), else passed.
 */
export function judgeMetrics(thresholds: readonly MetricThreshold[], metrics: Readonly<Record<string, number>>): { verdict: Verdict; checks: ThresholdCheck[] } {
  const checks = thresholds.map((threshold): ThresholdCheck => {
    const actual = metrics[threshold.metric];
    if (actual === undefined || !Number.isFinite(actual)) return { ...threshold, actual: null, met: null };
    return { ...threshold, actual, met: threshold.direction === 'atLeast' ? actual >= threshold.value : actual <= threshold.value };
  });
  const verdict: Verdict = checks.some((c) => c.met === false) ? 'failed' : checks.some((c) => c.met === null) ? 'inconclusive' : 'passed';
  return { verdict, checks };
}
