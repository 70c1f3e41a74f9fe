import type { FieldViolation } from '@usm/errors';
import { isRecordLike, rulePath } from './rule-path';
import type { FieldLengthLimit, StringLengthLimits } from './string-length-limits';

const tooLong = (field: string, rule: 'maxLength' | 'maxKeyLength', limit: number): FieldViolation => ({
  field,
  rule,
  message: `must be at most ${limit} characters${rule === 'maxKeyLength' ? ' per key' : ''}`,
});

// A map key may itself be personal data: a violation names the map and the rule, never the key.
// Paths are built only for a violation: a valid value, the usual case, allocates nothing.
function valueViolations(value: unknown, limit: FieldLengthLimit, parent: string, name: string, violations: FieldViolation[]): void {
  const { maxLength, maxKeyLength } = limit;
  if (typeof value === 'string') {
    if (maxLength !== undefined && value.length > maxLength) violations.push(tooLong(rulePath(parent, name), 'maxLength', maxLength));
  } else if (Array.isArray(value)) {
    if (maxLength === undefined) return;
    value.forEach((item, index) => {
      if (typeof item === 'string' && item.length > maxLength) violations.push(tooLong(rulePath(rulePath(parent, name), index), 'maxLength', maxLength));
    });
  } else if (isRecordLike(value) && limit.nested === undefined) {
    let longKey = false;
    let longValue = false;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const item = value[key];
      if (maxKeyLength !== undefined && key.length > maxKeyLength) longKey = true;
      if (maxLength !== undefined && typeof item === 'string' && item.length > maxLength) longValue = true;
    }
    if (longKey) violations.push(tooLong(rulePath(parent, name), 'maxKeyLength', maxKeyLength as number));
    if (longValue) violations.push(tooLong(rulePath(parent, name), 'maxLength', maxLength as number));
  }
}

// The limits as a plain list, built once per limits object: every event walks it.
const listed = new WeakMap<StringLengthLimits, ReadonlyArray<readonly [string, FieldLengthLimit]>>();

function fieldsOf(limits: StringLengthLimits): ReadonlyArray<readonly [string, FieldLengthLimit]> {
  let fields = listed.get(limits);
  if (fields === undefined) {
    fields = [...limits.fields];
    listed.set(limits, fields);
  }
  return fields;
}

function collect(value: unknown, limits: StringLengthLimits, path: string, violations: FieldViolation[]): void {
  if (!isRecordLike(value)) return;
  const fields = fieldsOf(limits);
  for (let index = 0; index < fields.length; index += 1) {
    const [name, limit] = fields[index] as readonly [string, FieldLengthLimit];
    const inner = value[name];
    valueViolations(inner, limit, path, name, violations);
    const nested = limit.nested;
    if (nested === undefined || typeof inner !== 'object' || inner === null) continue;
    if (Array.isArray(inner)) inner.forEach((item, index) => collect(item, nested, rulePath(rulePath(path, name), index), violations));
    else collect(inner, nested, rulePath(path, name), violations);
  }
}

/**
 * Strings of a value in Avro's JSON shape that exceed the schema's declared limits, with their paths under
 * `path`. Linear in the size of the value; values of the wrong type are left to structural validation.
 */
export function stringLengthViolations(value: unknown, limits: StringLengthLimits, path = ''): FieldViolation[] {
  const violations: FieldViolation[] = [];
  collect(value, limits, path, violations);
  return violations;
}
