import type { RawSafetyEvent } from '@usm/contracts';
import type { FieldViolation } from '@usm/errors';
import { wholeValuePath } from './field-path';
import { firstPerField } from './first-per-field';
import { semanticViolations } from './semantic-rules';
import { structuralViolations } from './structural-violations';
import { isPlainObject, toAvroShape } from './to-avro-shape';
import type { EventRules } from './validation-rules';
import { inSchemaOrder } from './violation-order';

export type EventValidation =
  | { readonly ok: true; readonly event: RawSafetyEvent }
  | { readonly ok: false; readonly violations: readonly FieldViolation[] };

/**
 * Checks one HTTP JSON event against the raw event contract and returns it in its Avro shape.
 * Reports every violation, each once, with paths under `path` (e.g. `events[2]`).
 */
export function validateSafetyEvent(input: unknown, rules: EventRules, path = ''): EventValidation {
  if (!isPlainObject(input)) {
    return { ok: false, violations: [{ field: wholeValuePath(path), rule: 'type', message: 'must be an event object' }] };
  }
  const shaped = toAvroShape(input, rules.contract.schema, rules.contract.names, path);
  const violations = inSchemaOrder(
    firstPerField([
      ...shaped.violations,
      ...structuralViolations(shaped.value, rules.contract, path),
      ...semanticViolations(shaped.value as Record<string, unknown>, rules, path),
    ]),
    rules.contract,
    path,
  );
  return violations.length === 0 ? { ok: true, event: shaped.value as RawSafetyEvent } : { ok: false, violations };
}
