import { ValidationError } from '@usm/errors';
import { z } from 'zod';
import { sharingPolicies } from '../../domain/benchmark/benchmark.model';

/** Parses one part of a request, naming every broken field and rule (HTTP 400). */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown, part: string): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new ValidationError('VALIDATION.INVALID_REQUEST', result.error.issues.map((issue) => ({ field: [part, ...issue.path.map(String)].join('.'), rule: issue.code, message: issue.message })));
}

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'must be an id of letters, digits, dots, dashes or underscores');
const version = z.object({
  version: z.string().min(1).max(64),
  modelCard: z.object({ intendedUse: z.string().min(1), limitations: z.string().min(1) }),
  artifactSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256'),
});

export const solutionRequest = z.object({ solutionId: id, name: z.string().min(1).max(200), task: z.string().min(1).max(100), version: version.optional() });
export const versionRequest = version;

export const benchmarkRequest = z.object({
  benchmarkId: id,
  task: z.string().min(1).max(100),
  labels: z.array(z.string().min(1)).min(2),
  thresholds: z.array(z.object({ metric: z.string().min(1), direction: z.enum(['atLeast', 'atMost']), value: z.number() })),
  criteriaVersion: z.string().min(1),
  sharingPolicy: z.enum(sharingPolicies),
  minimumCities: z.number().int().min(1),
});
export const adoptionRequest = z.object({ releaseId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a release id') });
export const runQuery = z.object({ solutionId: id, version: z.string().min(1).max(64) });
export const hostedRunRequest = z.object({ solutionId: id, version: z.string().min(1).max(64), endpointUrl: z.url({ protocol: /^https?$/, error: 'must be the http(s) base URL of the inference endpoint' }) });
