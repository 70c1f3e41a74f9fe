import { ValidationError } from '@usm/errors';

export const ScoringErrorCode = { Invalid: 'VALIDATION.SCORING_INPUT_INVALID' } as const;

export const scoringInputInvalid = (field: string, rule: string, message: string): ValidationError =>
  new ValidationError(ScoringErrorCode.Invalid, [{ field, rule, message }]);
