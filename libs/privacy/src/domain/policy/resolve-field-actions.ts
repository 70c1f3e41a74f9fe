import type { PrivacyTaggedField } from '@usm/contracts';
import type { FieldViolation } from '@usm/errors';
import type { FieldAction, FieldActions, FieldPath } from './field-actions';
import type { FieldRule } from './field-rules';
import { fieldRules, isFieldPath } from './field-rules';

/** Field actions for every tagged field, or the violations that prevent them. */
export interface ResolvedFieldActions {
  readonly actions: FieldActions;
  readonly violations: readonly FieldViolation[];
}

const violation = (path: string, rule: string, message: string): FieldViolation => ({ field: `fields.${path}`, rule, message });

function checkTagged(field: PrivacyTaggedField, declared: Readonly<Record<string, FieldAction>>): FieldViolation[] {
  if (!isFieldPath(field.path)) {
    return [violation(field.path, 'no-anonymiser-rule', `is tagged ${field.tag} in RawSafetyEvent but the anonymiser has no rule for it`)];
  }
  const rule: FieldRule<FieldAction> = fieldRules[field.path];
  const action = declared[field.path] ?? (field.tag === 'quasi' ? rule.default : undefined);
  if (action === undefined) {
    return [violation(field.path, `${field.tag}-field-unhandled`, `is tagged ${field.tag} in RawSafetyEvent; choose one of ${rule.allowed.join(', ')}`)];
  }
  return [];
}

function checkDeclared(path: string, action: FieldAction, tagged: ReadonlySet<string>): FieldViolation[] {
  if (!tagged.has(path) || !isFieldPath(path)) {
    return [violation(path, 'unknown-field', 'is not a privacy-tagged field of RawSafetyEvent')];
  }
  const rule: FieldRule<FieldAction> = fieldRules[path];
  if (!rule.allowed.includes(action)) {
    return [violation(path, 'action-not-allowed', `${rule.reason}; allowed: ${rule.allowed.join(', ')}`)];
  }
  return [];
}

/**
 * Checks a policy's field actions against the schema's privacy tags: every direct field needs an explicit
 * action, quasi fields fall back to their generalisation, and unknown or disallowed entries are refused.
 */
export function resolveFieldActions(
  declared: Readonly<Record<string, FieldAction>>,
  taggedFields: readonly PrivacyTaggedField[],
): ResolvedFieldActions {
  const tagged = new Set(taggedFields.map((field) => field.path));
  const violations = [
    ...taggedFields.flatMap((field) => checkTagged(field, declared)),
    ...Object.entries(declared).flatMap(([path, action]) => checkDeclared(path, action, tagged)),
  ];
  const actions: Partial<Record<FieldPath, FieldAction>> = {};
  for (const path of Object.keys(fieldRules) as FieldPath[]) {
    const rule: FieldRule<FieldAction> = fieldRules[path];
    // A field the schema no longer tags keeps its declared action, else the most protective one.
    actions[path] = declared[path] ?? (tagged.has(path) ? rule.default : undefined) ?? rule.safest;
  }
  // Every path was filled from fieldRules, whose allowed actions match FieldActions by construction.
  return { actions: actions as FieldActions, violations };
}
