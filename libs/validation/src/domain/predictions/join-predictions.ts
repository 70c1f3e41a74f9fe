import type { ScoredExample } from '../scoring/scored-example';
import type { Prediction, TestLabel } from './prediction';
import type { PredictionViolation } from './predictions.errors';
import { PredictionsError } from './predictions.errors';

/**
 * Pairs every test event with its prediction. Refused when an event has no prediction or a prediction names an
 * event outside the split: a partial upload would score a subset the company chose.
 */
export function joinPredictions(testLabels: readonly TestLabel[], predictions: readonly Prediction[]): ScoredExample[] {
  const byEvent = new Map(predictions.map((p) => [p.eventId, p]));
  const testIds = new Set(testLabels.map((t) => t.eventId));
  const violations: PredictionViolation[] = [];
  const missing = testLabels.filter((t) => !byEvent.has(t.eventId)).length;
  if (missing > 0) violations.push({ field: 'eventId', rule: 'prediction.missing', message: `${missing} test event(s) have no prediction` });
  const unknown = predictions.filter((p) => !testIds.has(p.eventId)).length;
  if (unknown > 0) violations.push({ field: 'eventId', rule: 'prediction.unknownEvent', message: `${unknown} prediction(s) name events outside the test split` });
  if (violations.length > 0) throw new PredictionsError(violations);
  return testLabels.map((test) => {
    const prediction = byEvent.get(test.eventId) as Prediction;
    return {
      eventId: test.eventId,
      actual: test.label,
      predicted: prediction.label,
      ...(prediction.scores === undefined ? {} : { scores: prediction.scores }),
      ...(test.slices === undefined ? {} : { slices: test.slices }),
    };
  });
}
