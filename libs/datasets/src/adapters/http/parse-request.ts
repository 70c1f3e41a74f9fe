import { ValidationError } from '@usm/errors';
import { z } from 'zod';

/** Parses one part of a request, naming every broken field and rule (HTTP 400). */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown, part: string): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new ValidationError(
    'DATASETS.INVALID_REQUEST',
    result.error.issues.map((issue) => ({ field: [part, ...issue.path.map(String)].join('.'), rule: issue.code, message: issue.message })),
  );
}

const releaseId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a release id');

export const buildRequest = z.object({
  definitionId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a definition id (slug)'),
  supersedes: releaseId.optional(),
  /** Rebuild on the snapshot of this earlier release (reproducibility). */
  snapshotOf: releaseId.optional(),
});

export const withdrawRequest = z.object({
  reason: z.enum(['consentRevoked', 'qualityIssue', 'legalRequest', 'superseded', 'consentExpired']),
  supersededBy: releaseId.optional(),
});

export const signedQuery = z.object({
  company: z.string().min(1).max(255),
  expires: z.coerce.number().int().positive(),
  signature: z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex HMAC-SHA-256'),
});
