import type { FieldViolation } from '@usm/errors';
import { validationLimits } from './validation-limits';

/** The first `limit` violations and, when there were more, one `violations: truncated` entry saying so. */
export function capViolations(violations: readonly FieldViolation[], limit: number = validationLimits.maxViolationsReported): FieldViolation[] {
  if (violations.length <= limit) return [...violations];
  return [...violations.slice(0, limit), { field: 'violations', rule: 'truncated', message: `more violations were found; only the first ${limit} are listed` }];
}
