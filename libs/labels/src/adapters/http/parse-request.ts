import { ValidationError } from '@usm/errors';
import { z } from 'zod';

/** Parses one part of a request, naming every broken field and rule (HTTP 400). */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown, part: string): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new ValidationError(
    'LABELS.INVALID_REQUEST',
    result.error.issues.map((issue) => ({ field: [part, ...issue.path.map(String)].join('.'), rule: issue.code, message: issue.message })),
  );
}

const term = z.string().min(1).max(100);
const version = z.string().min(1).max(100);

export const taskSetRequest = z.object({
  labels: z.array(term).min(2).max(50),
  requiredAnswers: z.number().int().min(2).max(20),
  guidelineVersion: version,
  filter: z.object({ category: z.string().min(1).optional(), subCategories: z.array(z.string().min(1)).min(1).optional(), eventIds: z.array(z.uuid()).min(1).max(1_000).optional() }).default({}),
  size: z.number().int().min(1).max(1_000),
});

export const answerRequest = z.object({ label: term });

export const modelLabelsRequest = z.object({
  solutionId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'must be a solution id'),
  version,
  guidelineVersion: version,
  labels: z.array(z.object({ eventId: z.uuid(), label: term, confidence: z.number().min(0).max(1) })).min(1).max(10_000),
});
