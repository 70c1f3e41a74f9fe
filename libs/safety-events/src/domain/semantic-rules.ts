import { rawEventRuleViolations, stringLengthLimitsOf } from '@usm/contracts';
import type { FieldViolation } from '@usm/errors';
import type { EventRules } from './validation-rules';

/**
 * Rules the Avro schema cannot express: the raw event rule set shared with the privacy service
 * (rawEventRuleViolations in @usm/contracts), with string length limits read from the contract's schema.
 * Each looks only at fields of the right type, so it never repeats a structural violation.
 */
export function semanticViolations(event: Record<string, unknown>, eventRules: EventRules, path: string): FieldViolation[] {
  const { city, now, maxClockSkewMs, maxReportDelayMs, contract } = eventRules;
  return rawEventRuleViolations(
    event,
    { city, now, maxClockSkewMs, subCategories: contract.subCategories, lengthLimits: stringLengthLimitsOf(contract.schema), ...(maxReportDelayMs === undefined ? {} : { maxReportDelayMs }) },
    path,
  );
}
