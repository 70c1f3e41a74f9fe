import { ValidationError } from '@usm/errors';
import type { FieldViolation } from '@usm/errors';
import { z } from 'zod';

/** Code of a request that breaks the API's input rules (HTTP 400). */
export const invalidRequestCode = 'LEDGER.INVALID_REQUEST';

/** Parses one part of a request (`body`, `params`, `query`, `headers`), naming every broken field and rule. */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown, part: string): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new ValidationError(invalidRequestCode, result.error.issues.map((issue) => violationOf(issue, part)));
}

function violationOf(issue: z.core.$ZodIssue, part: string): FieldViolation {
  const field = [part, ...issue.path.map(String)].join('.');
  return { field, rule: issue.code, message: issue.message };
}

/** The JSON schema of a request part, for OpenAPI (the zod schema stays the one source of truth). */
export function openApiSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return json;
}
