import type { FieldViolation } from '@usm/errors';

/** `a.b[2]["k"]` → `a`, `a.b`, `a.b[2]`, and the path itself: every field a violation of this one lies inside. */
function enclosingFields(field: string): string[] {
  const found: string[] = [];
  for (let index = 1; index < field.length; index += 1) {
    const char = field[index];
    if (char === '.' || char === '[') found.push(field.slice(0, index));
  }
  found.push(field);
  return found;
}

/**
 * A field that fails to map (say, a bad date-time) fails avsc too, and a value of the wrong kind makes
 * avsc complain about its insides: the caller hears about each field once, at the outermost level.
 * Looks each violation's enclosing fields up in a set, so it stays linear in the number of violations.
 */
export function firstPerField(violations: readonly FieldViolation[]): FieldViolation[] {
  const reported = new Set<string>();
  return violations.filter((violation) => {
    if (enclosingFields(violation.field).some((field) => reported.has(field))) return false;
    reported.add(violation.field);
    return true;
  });
}
