import { ValidationError } from '@usm/errors';
import { z } from 'zod';
import { isIdToken, isLabelTerm, isVersionToken, idTokenMessage, idTokenRule, labelTermMessage, labelTermRule, versionTokenMessage, versionTokenRule } from '../../domain/label/label-tokens';

/** Parses one part of a request, naming every broken field and rule (HTTP 400). */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown, part: string): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new ValidationError(
    'LABELS.INVALID_REQUEST',
    result.error.issues.map((issue) => ({ field: [part, ...issue.path.map(String)].join('.'), rule: ruleOf(issue), message: issue.message })),
  );
}

/** A refinement names its own rule (e.g. `label.taxonomy`); zod's own checks go by their issue code. */
function ruleOf(issue: z.core.$ZodIssue): string {
  const rule: unknown = issue.code === 'custom' ? issue.params?.['rule'] : undefined;
  return typeof rule === 'string' ? rule : issue.code;
}

const closed = (check: (value: string) => boolean, rule: string, message: string) => z.string().refine(check, { message, params: { rule } });

// Every string below but the filter ends up in a label on the shareable topic: none takes free text.
const term = closed(isLabelTerm, labelTermRule, labelTermMessage);
const version = closed(isVersionToken, versionTokenRule, versionTokenMessage);

export const taskSetRequest = z.object({
  labels: z.array(term).min(2).max(50),
  requiredAnswers: z.number().int().min(2).max(20),
  guidelineVersion: version,
  filter: z.object({ category: z.string().min(1).optional(), subCategories: z.array(z.string().min(1)).min(1).optional(), eventIds: z.array(z.uuid()).min(1).max(1_000).optional() }).default({}),
  size: z.number().int().min(1).max(1_000),
});

export const answerRequest = z.object({ label: term });

export const modelLabelsRequest = z.object({
  solutionId: closed(isIdToken, idTokenRule, idTokenMessage),
  version,
  guidelineVersion: version,
  labels: z.array(z.object({ eventId: z.uuid(), label: term, confidence: z.number().min(0).max(1) })).min(1).max(10_000),
});
