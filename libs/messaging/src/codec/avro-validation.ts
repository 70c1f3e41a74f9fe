import type { Type } from 'avsc';
import type { ErrorDetails, FieldViolation } from '@usm/errors';
import { ContractError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';

/** Every field of `value` that breaks `type`, by dotted path; values are never quoted, they may be personal data. */
export function findViolations(type: Type, value: unknown): FieldViolation[] {
  // The plain check stops at the first error and builds no paths; the paths are only walked for an invalid value.
  if (type.isValid(value)) return [];
  const violations: FieldViolation[] = [];
  type.isValid(value, {
    errorHook: (path: string[], _value: unknown, fieldType: Type) => {
      const rule = ruleOf(fieldType);
      const expected = fieldType.name === undefined ? rule : `${rule} ${fieldType.name}`;
      violations.push({ field: path.length === 0 ? '(root)' : path.join('.'), rule, message: `must be a valid ${expected}` });
    },
  });
  return violations;
}

/** The `MESSAGING.INVALID_VALUE` error for a value that breaks its schema, naming each field and rule. */
export function invalidValueError(violations: readonly FieldViolation[], details: ErrorDetails = {}): ContractError {
  const summary = violations.map((v) => `${v.field} ${v.message} (${v.rule})`).join('; ');
  const rules = violations.map(({ field, rule }) => ({ field, rule }));
  return new ContractError(MessagingErrorCode.InvalidValue, `value breaks its schema: ${summary}`, {
    details: { ...details, field: violations[0]?.field, rule: violations[0]?.rule, violations: rules },
  });
}

function ruleOf(type: Type): string {
  const typeName = type.typeName;
  // avsc names unions `union:wrapped` / `union:unwrapped`; the rule a reader needs is just "union".
  return typeName.startsWith('union') ? 'union' : typeName;
}
