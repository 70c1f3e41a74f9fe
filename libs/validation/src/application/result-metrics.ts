import type { ScoreReport } from '../domain/scoring/score-report';
import { metricsOf } from '../domain/scoring/score-report';

/**
 * The metric map a result publishes: the scorer's `metricsOf` plus the slices, as
 * `slice.<dimension>.<value>.accuracy|macroF1|examples`, so cross-city reliability is visible on the board.
 */
export function resultMetricsOf(report: ScoreReport): Record<string, number> {
  const metrics = metricsOf(report);
  for (const [dimension, slices] of Object.entries(report.slices)) {
    for (const [value, m] of Object.entries(slices)) {
      metrics[`slice.${dimension}.${value}.accuracy`] = m.accuracy;
      metrics[`slice.${dimension}.${value}.macroF1`] = m.macroF1;
      metrics[`slice.${dimension}.${value}.examples`] = m.examples;
    }
  }
  return metrics;
}
