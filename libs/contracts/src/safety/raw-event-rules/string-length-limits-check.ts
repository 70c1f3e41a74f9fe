import type { FieldViolation } from '@usm/errors';
import { isRecordLike, rulePath } from './rule-path';
import type { FieldLengthLimit, StringLengthLimits } from './string-length-limits';

const tooLong = (field: string, rule: 'maxLength' | 'maxKeyLength', limit: number): FieldViolation => ({
  field,
  rule,
  message: `must be at most ${limit} characters${rule === 'maxKeyLength' ? ' per key' : ''}`,
});

// A map key may itself be personal data: a violation names the map and the rule, never the key.
function valueViolations(value: unknown, limit: FieldLengthLimit, field: string): FieldViolation[] {
  const { maxLength, maxKeyLength } = limit;
  if (typeof value === 'string') return maxLength !== undefined && value.length > maxLength ? [tooLong(field, 'maxLength', maxLength)] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => (typeof item === 'string' ? valueViolations(item, limit, rulePath(field, index)) : []));
  if (!isRecordLike(value) || limit.nested !== undefined) return [];
  const entries = Object.entries(value);
  const violations: FieldViolation[] = [];
  if (maxKeyLength !== undefined && entries.some(([key]) => key.length > maxKeyLength)) violations.push(tooLong(field, 'maxKeyLength', maxKeyLength));
  if (maxLength !== undefined && entries.some(([, item]) => typeof item === 'string' && item.length > maxLength)) violations.push(tooLong(field, 'maxLength', maxLength));
  return violations;
}

/**
 * Strings of a value in Avro's JSON shape that exceed the schema's declared limits, with their paths under
 * `path`. Linear in the size of the value; values of the wrong type are left to structural validation.
 */
export function stringLengthViolations(value: unknown, limits: StringLengthLimits, path = ''): FieldViolation[] {
  if (!isRecordLike(value)) return [];
  const violations: FieldViolation[] = [];
  for (const [name, limit] of limits.fields) {
    const field = rulePath(path, name);
    const inner = value[name];
    violations.push(...valueViolations(inner, limit, field));
    if (limit.nested !== undefined) {
      if (Array.isArray(inner)) inner.forEach((item, index) => violations.push(...stringLengthViolations(item, limit.nested as StringLengthLimits, rulePath(field, index))));
      else violations.push(...stringLengthViolations(inner, limit.nested, field));
    }
  }
  return violations;
}
