import { loadValueSchema, rawEventRuleViolations, stringLengthLimitsOf, topicCatalog } from '@usm/contracts';
import type { StringLengthLimits } from '@usm/contracts';
import type { FieldViolation } from '@usm/errors';
import { ValidationError } from '@usm/errors';
import type { RawSafetyEvent } from '../contract/raw-safety-event';
import type { RawEventBounds } from '../policy/privacy-policy';
import { privacyErrorCodes } from '../privacy-error-codes';

/** What a raw event is checked against besides itself: the node's city, its clock and the policy's bounds. */
export interface RawEventCheck extends RawEventBounds {
  readonly city: string;
  readonly now: number;
}

// A value import from @usm/contracts, unlike the rest of domain/: the rule set is shared with ingest, and
// the length limits are read once from the raw contract's own schema (on first use, not at import).
let rawLengthLimits: StringLengthLimits | undefined;
const lengthLimits = (): StringLengthLimits => (rawLengthLimits ??= stringLengthLimitsOf(loadValueSchema(topicCatalog.safetyEventsRaw)));

/**
 * Throws a ValidationError (PRIVACY.INVALID_EVENT) naming each field and rule, never a value, when the
 * event breaks the raw event rules ingest applies (city, sub-category, times, age, coordinates, lengths)
 * or has values that cannot be generalised.
 */
export function checkAnonymisable(raw: RawSafetyEvent, check: RawEventCheck): void {
  const event = raw as unknown as Record<string, unknown>;
  // The settings named one by one: spreading the check into a new object per event cost more than the rules it feeds.
  const settings = { city: check.city, now: check.now, maxClockSkewMs: check.maxClockSkewMs, maxReportDelayMs: check.maxReportDelayMs, lengthLimits: lengthLimits() };
  const violations: FieldViolation[] = rawEventRuleViolations(event, settings);
  for (const name of ['occurredAt', 'reportedAt'] as const) {
    if (!Number.isSafeInteger(event[name])) violations.push({ field: name, rule: 'epoch-millis', message: 'must be whole epoch milliseconds' });
  }
  const location = event['location'] as Record<string, unknown> | null | undefined;
  for (const name of ['latitude', 'longitude'] as const) {
    if (typeof location?.[name] !== 'number') violations.push({ field: `location.${name}`, rule: 'type', message: 'must be a number' });
  }
  if (violations.length > 0) throw new ValidationError(privacyErrorCodes.invalidEvent, violations);
}
