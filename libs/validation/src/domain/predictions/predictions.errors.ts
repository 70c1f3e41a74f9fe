import { ValidationError } from '@usm/errors';
import type { FieldViolation } from '@usm/errors';

export const PredictionsErrorCode = { Invalid: 'VALIDATION.PREDICTIONS_INVALID' } as const;

/** One broken rule in a predictions upload; `line` is 1-based in the JSON Lines file. */
export interface PredictionViolation extends FieldViolation {
  readonly line?: number;
}

/** A predictions upload refused whole, naming line, field and rule of every violation (at most the first 100). */
export class PredictionsError extends ValidationError {
  constructor(readonly predictionViolations: readonly PredictionViolation[]) {
    super(
      PredictionsErrorCode.Invalid,
      predictionViolations.slice(0, 100).map((v) => ({ ...v, message: v.line === undefined ? v.message : `line ${v.line}: ${v.message}` })),
      { details: { line: predictionViolations[0]?.line, violations: predictionViolations.length } },
    );
  }
}
