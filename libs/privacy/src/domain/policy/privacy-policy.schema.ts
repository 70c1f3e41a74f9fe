import { z } from 'zod';
import type { SecretSource } from './privacy-policy';
import { legalBases } from '../contract/safety-event-enums';
import { descriptionLanguages } from '../vocabulary/description-language';
import { attributeDeclarationsSchema } from './attribute-declarations.schema';
import { fieldActionNames } from './field-actions';
import { policyDefaults } from './policy-defaults';
import { isPolicyVersion } from './policy-version';

const rule = (name: string, message: string) => ({ message, params: { rule: name } });

const secretSource = z
  .strictObject({
    env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name, upper case').optional(),
    file: z.string().min(1).optional(),
  })
  .refine((source) => (source.env === undefined) !== (source.file === undefined), rule('exactly-one-of', 'give exactly one of env or file'))
  .transform((source): SecretSource => (source.env !== undefined ? { env: source.env } : { file: source.file ?? '' }));

const pseudonymisation = z.strictObject({
  algorithm: z.literal('hmac-sha256').default('hmac-sha256'),
  // The key id is written into every pseudonym (hmac-sha256:<keyId>:…), hence no colon.
  keyId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, dash or underscore, at most 64'),
  secret: secretSource,
  phoneCountryCode: z.string().regex(/^[1-9]\d{0,2}$/, 'a country calling code without +, e.g. 82').optional(),
});

const ageBands = z
  .strictObject({
    width: z.int().min(1).max(50).default(policyDefaults.ageBandWidth),
    openFrom: z.int().min(1).max(150).default(policyDefaults.ageBandOpenFrom),
  })
  .refine((bands) => bands.openFrom % bands.width === 0, {
    ...rule('multiple-of-width', 'the open band must start where a band of the given width ends'),
    path: ['openFrom'],
  });

const generalisation = z.strictObject({
  h3Resolution: z.int().min(0).max(15).default(policyDefaults.h3Resolution),
  timeBucketMinutes: z
    .int()
    .min(1)
    .max(1440)
    .refine((minutes) => 1440 % minutes === 0, rule('divides-day', 'must divide a day (1440 minutes) so buckets align on UTC midnight'))
    .default(policyDefaults.timeBucketMinutes),
  ageBands: ageBands.prefault({}),
});

// `consent` is a per-subject fact only the consent ledger knows; a list cannot make it sufficient (ADR 0007, 0008).
const allowedBases = z
  .array(z.enum(legalBases))
  .refine((bases) => !bases.includes('consent'), rule('consent-needs-ledger', 'consent is allowed only by the consent ledger, per subject: do not list it'))
  .default([]);

const freeText = z.strictObject({
  languages: z
    .array(z.enum(descriptionLanguages, { message: `an unknown language; known: ${descriptionLanguages.join(', ')}` }))
    .default([]),
  maxLength: z.int().min(1).max(policyDefaults.freeTextMaxLengthLimit).default(policyDefaults.freeTextMaxLength),
});

// Written in seconds and days, the units a reviewer thinks in; the policy holds milliseconds.
const rawEvents = z
  .strictObject({
    maxClockSkewSeconds: z.int().min(0).max(3600).default(policyDefaults.maxClockSkewSeconds),
    maxReportDelayDays: z.int().min(1).max(3650).default(policyDefaults.maxReportDelayDays),
  })
  .transform((bounds) => ({ maxClockSkewMs: bounds.maxClockSkewSeconds * 1000, maxReportDelayMs: bounds.maxReportDelayDays * 86_400_000 }));

/** Field actions as written in a policy, before they are checked against the schema's privacy tags. */
export const policyFieldsSchema = z.record(z.string(), z.enum(fieldActionNames));

/** A privacy policy document as written in YAML. Unknown keys are refused so a typo cannot disable a setting. */
export const privacyPolicySchema = z.strictObject({
  version: z.string().refine(isPolicyVersion, rule('policy-version', 'a dated revision like 2026-11-21.1 or a semantic version')),
  city: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase city id').optional(),
  pseudonymisation,
  generalisation: generalisation.prefault({}),
  fields: policyFieldsSchema,
  freeText: freeText.prefault({}),
  rawEvents: rawEvents.prefault({}),
  attributes: attributeDeclarationsSchema,
  // Nothing is allowed unless listed: a policy without a gate keeps every event local.
  legalBasisGate: z
    .strictObject({ 'ai-training': allowedBases, 'cross-border-sharing': allowedBases })
    .prefault({}),
});
