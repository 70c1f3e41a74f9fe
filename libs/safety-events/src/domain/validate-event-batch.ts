import type { RawSafetyEvent } from '@usm/contracts';
import type { FieldViolation } from '@usm/errors';
import { capViolations } from './cap-violations';
import { fieldPath } from './field-path';
import { isPlainObject } from './to-avro-shape';
import { validateSafetyEvent } from './validate-safety-event';
import { validationLimits } from './validation-limits';
import type { BatchRules } from './validation-rules';

export type BatchValidation =
  | { readonly ok: true; readonly events: readonly RawSafetyEvent[] }
  | { readonly ok: false; readonly violations: readonly FieldViolation[] };

const invalid = (field: string, rule: string, message: string): BatchValidation => ({ ok: false, violations: [{ field, rule, message }] });

/**
 * Validates a request body: one event object, or `{ events: [...] }` with 1 to `maxBatchSize` events.
 * All or nothing: any violation anywhere fails the whole batch; violations are listed up to the cap.
 */
export function validateEventBatch(body: unknown, rules: BatchRules): BatchValidation {
  if (!isPlainObject(body)) return invalid('body', 'type', 'must be an event object or { "events": [...] }');
  if (!('events' in body)) {
    const single = validateSafetyEvent(body, rules);
    return single.ok ? { ok: true, events: [single.event] } : { ok: false, violations: capViolations(single.violations) };
  }
  const { events, ...others } = body;
  if (!Array.isArray(events)) return invalid('events', 'type', 'must be an array of events');
  if (events.length === 0) return invalid('events', 'minItems', 'must hold at least 1 event');
  if (events.length > rules.maxBatchSize) return invalid('events', 'maxItems', `must hold at most ${rules.maxBatchSize} events`);
  const cap = validationLimits.maxViolationsReported;
  const violations: FieldViolation[] = Object.keys(others)
    .slice(0, cap + 1)
    .map((field) => ({ field: fieldPath('', field), rule: 'unknownField', message: 'is not allowed beside events' }));
  const valid: RawSafetyEvent[] = [];
  // Past the cap nothing more would be reported: the remaining events are not looked at.
  for (let index = 0; index < events.length && violations.length <= cap; index += 1) {
    const result = validateSafetyEvent(events[index], rules, `events[${index}]`);
    if (result.ok) valid.push(result.event);
    else violations.push(...result.violations);
  }
  return violations.length === 0 ? { ok: true, events: valid } : { ok: false, violations: capViolations(violations) };
}

/** How many events a request body carries, valid or not (for the rejected-events counter). */
export function eventCountOf(body: unknown): number {
  return isPlainObject(body) && Array.isArray(body['events']) ? Math.max(body['events'].length, 1) : 1;
}
