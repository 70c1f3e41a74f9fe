import type { FieldViolation } from '@usm/errors';
import { ValidationError } from '@usm/errors';
import type { RawSafetyEvent } from '../contract/raw-safety-event';
import { privacyErrorCodes } from '../privacy-error-codes';

const within = (value: number, limit: number): boolean => Number.isFinite(value) && Math.abs(value) <= limit;

/** Throws a ValidationError (PRIVACY.INVALID_EVENT) if the event has values that cannot be generalised. */
export function checkAnonymisable(raw: RawSafetyEvent): void {
  const violations: FieldViolation[] = [];
  if (!within(raw.location.latitude, 90)) {
    violations.push({ field: 'location.latitude', rule: 'range', message: 'must be a number from -90 to 90' });
  }
  if (!within(raw.location.longitude, 180)) {
    violations.push({ field: 'location.longitude', rule: 'range', message: 'must be a number from -180 to 180' });
  }
  if (!Number.isSafeInteger(raw.occurredAt)) {
    violations.push({ field: 'occurredAt', rule: 'epoch-millis', message: 'must be whole epoch milliseconds' });
  }
  if (raw.subjectAge !== null && !(Number.isInteger(raw.subjectAge) && raw.subjectAge >= 0)) {
    violations.push({ field: 'subjectAge', rule: 'non-negative-integer', message: 'must be whole years, 0 or more' });
  }
  if (violations.length > 0) throw new ValidationError(privacyErrorCodes.invalidEvent, violations);
}
