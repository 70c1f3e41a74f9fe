import type { PrivacyTaggedField } from '@usm/contracts';
import type { FieldViolation } from '@usm/errors';
import { ValidationError } from '@usm/errors';
import { privacyErrorCodes } from '../privacy-error-codes';
import type { PrivacyPolicy } from './privacy-policy';
import { policyFieldsSchema, privacyPolicySchema } from './privacy-policy.schema';
import { violationsOf } from './policy-violations';
import { resolveFieldActions } from './resolve-field-actions';
import { freeTextViolations } from './free-text-violations';

function fieldsOf(document: unknown): unknown {
  return typeof document === 'object' && document !== null ? (document as { fields?: unknown }).fields : undefined;
}

/**
 * A validated policy from a parsed YAML document and the privacy tags of RawSafetyEvent, or a
 * ValidationError (PRIVACY.INVALID_POLICY) listing every broken rule by key path.
 */
export function validatePrivacyPolicy(document: unknown, taggedFields: readonly PrivacyTaggedField[]): PrivacyPolicy {
  const parsed = privacyPolicySchema.safeParse(document, { reportInput: true });
  const fields = policyFieldsSchema.safeParse(fieldsOf(document));
  const resolved = fields.success ? resolveFieldActions(fields.data, taggedFields) : undefined;
  const violations: FieldViolation[] = [
    ...(parsed.success ? [] : violationsOf(parsed.error.issues)),
    ...(resolved?.violations ?? []),
    ...(parsed.success && resolved ? freeTextViolations(resolved.actions.description, parsed.data.freeText.languages) : []),
  ];
  if (!parsed.success || !resolved || violations.length > 0) {
    throw new ValidationError(privacyErrorCodes.invalidPolicy, violations);
  }
  const { data } = parsed;
  return {
    version: data.version,
    city: data.city ?? null,
    pseudonymisation: {
      algorithm: data.pseudonymisation.algorithm,
      keyId: data.pseudonymisation.keyId,
      secret: data.pseudonymisation.secret,
      phoneCountryCode: data.pseudonymisation.phoneCountryCode ?? null,
    },
    generalisation: data.generalisation,
    fields: resolved.actions,
    freeText: data.freeText,
    rawEvents: data.rawEvents,
    attributes: data.attributes,
    legalBasisGate: data.legalBasisGate,
  };
}
