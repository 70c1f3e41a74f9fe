import { ValidationError } from '@usm/errors';
import type { FieldViolation } from '@usm/errors';

export const RuleSetErrorCode = { Invalid: 'LABELS.RULE_SET_INVALID' } as const;

/** A rule set refused whole, naming the field path and the rule of every violation. */
export class RuleSetError extends ValidationError {
  constructor(violations: readonly FieldViolation[]) {
    super(RuleSetErrorCode.Invalid, violations);
  }
}
