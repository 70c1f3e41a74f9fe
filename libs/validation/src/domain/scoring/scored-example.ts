import { scoringInputInvalid } from './scoring.errors';

/** One test example: the release's label, the solution's prediction, its per-label scores if any, and its slices. */
export interface ScoredExample {
  readonly eventId: string;
  readonly actual: string;
  readonly predicted: string;
  /** Score per label (a probability), when the solution gives them; needed for ROC-AUC and calibration. */
  readonly scores?: Readonly<Record<string, number>>;
  /** Slice keys, e.g. { district: 'Buk-gu', timeOfDay: 'morningCommute', category: 'traffic' }. */
  readonly slices?: Readonly<Record<string, string>>;
}

/** The labels scored: the given label set, else every label seen as actual or predicted, sorted. */
export function labelsOf(examples: readonly ScoredExample[], labels?: readonly string[]): string[] {
  if (labels !== undefined) return [...labels];
  return [...new Set(examples.flatMap((e) => [e.actual, e.predicted]))].sort();
}

/** Refuses an empty test set: no metric means anything on it. */
export function assertExamples(examples: readonly ScoredExample[]): void {
  if (examples.length === 0) throw scoringInputInvalid('examples', 'examples.nonEmpty', 'at least one scored example');
}
