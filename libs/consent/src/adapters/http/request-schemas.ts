import { alertCategorySymbols, dataPurposeSymbols, legalBasisSymbols, partnerKindSymbols, sourceKindSymbols } from '@usm/contracts';
import { z } from 'zod';

const instant = z.iso.datetime({ offset: true }).transform((text) => Date.parse(text));
const code = z.string().regex(/^[A-Za-z][A-Za-z0-9._-]{0,63}$/, 'must be a code (letters, digits, . _ -), never free text');
// Colons let the privacy service's keyed pseudonyms (`hmac-sha256:<keyId>:<digest>`) be subjects as they are (ADR 0007).
const pseudonym = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'must be a pseudonymous id (letters, digits, . _ : -)');

/** Fields every command body may carry: the version read and an idempotency key. */
const commandFields = {
  expectedVersion: z.number().int().min(0).optional(),
  commandId: z.string().min(1).max(128).optional(),
};

export const consentParams = z.object({ subjectId: pseudonym, purpose: z.enum(dataPurposeSymbols) });
export const subjectParams = z.object({ subjectId: pseudonym });
export const agreementParams = z.object({ agreementId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an agreement id') });

export const grantBody = z.object({
  ...commandFields,
  legalBasis: z.enum(legalBasisSymbols).default('consent'),
  scope: z.object({ sourceKinds: z.array(z.enum(sourceKindSymbols)).min(1), categories: z.array(z.enum(alertCategorySymbols)).min(1) }),
  noticeVersion: z.string().min(1).max(64),
  jurisdiction: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').nullable().default(null),
  expiresAt: instant.nullable().default(null),
});
export const revokeBody = z.object({ ...commandFields, reasonCode: code.nullable().default(null) });
export const renewBody = z.object({ ...commandFields, noticeVersion: z.string().min(1).max(64), expiresAt: instant.nullable().default(null) });

export const draftBody = z.object({
  ...commandFields,
  partner: z.object({ partnerId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/), name: z.string().min(1).max(200), kind: z.enum(partnerKindSymbols) }),
  topics: z.array(z.string().min(1)).min(1),
  purposes: z.array(z.enum(dataPurposeSymbols)).min(1),
  partnerRetentionDays: z.number().int().min(1),
  validity: z.object({ validFrom: instant, validUntil: instant.nullable().default(null) }),
});
export const lifecycleBody = z.object(commandFields);
// The party and the signatory come from the bearer token (issuer's city, subject), never from the body.
export const signBody = z.object(commandFields);
export const reasonBody = z.object({ ...commandFields, reasonCode: code });

export const asOfQuery = z.object({ asOf: instant.optional() });
export const historyQuery = z.object({ purpose: z.enum(dataPurposeSymbols).optional() });
export const activeQuery = z.object({ partnerId: z.string().min(1).optional() });
export const gateQuery = z.object({
  subjectId: pseudonym.optional(),
  legalBasis: z.enum(legalBasisSymbols),
  purpose: z.enum(dataPurposeSymbols),
  at: instant,
  sourceKind: z.enum(sourceKindSymbols).optional(),
  category: z.enum(alertCategorySymbols).optional(),
});

/** Headers commands read: `Idempotency-Key` (the command id). Who acts is the bearer token's subject. */
export const commandHeaders = z.object({
  'idempotency-key': z.string().min(1).max(128).optional(),
});
