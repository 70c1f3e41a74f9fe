import type { FieldViolation } from '@usm/errors';
import { ValidationError } from '@usm/errors';
import type { z } from 'zod';

type Environment = Readonly<Record<string, string | undefined>>;

/** Checks that need several variables at once; their violations are reported with the schema's. */
export type CrossCheck = (set: Environment) => readonly FieldViolation[];

/**
 * Validates a service's environment against its zod schema. An empty variable counts as unset. Throws one
 * ValidationError (`code`) naming every bad variable as `field` with its rule; values are never quoted.
 */
export function readEnvironment<S extends z.ZodType>(schema: S, env: Environment, code: string, crossChecks: readonly CrossCheck[] = []): z.output<S> {
  const set: Environment = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = schema.safeParse(set);
  const violations: FieldViolation[] = (parsed.error?.issues ?? []).map((issue) => {
    const variable = String(issue.path[0] ?? 'environment');
    return { field: variable, rule: issue.code, message: set[variable] === undefined && issue.code === 'invalid_type' ? 'is required' : issue.message };
  });
  crossChecks.forEach((check) => violations.push(...check(set)));
  if (!parsed.success || violations.length > 0) throw new ValidationError(code, violations);
  return parsed.data;
}

/** One variable a service reads, and whether it cannot start without it. */
export interface EnvVariable {
  readonly name: string;
  readonly required: boolean;
}

/** The variables of an env schema, each required unless it may be unset (deployment kits check theirs against it). */
export function envVariablesOf(schema: z.ZodObject<Record<string, z.ZodType>>): EnvVariable[] {
  return Object.entries(schema.shape).map(([name, field]) => ({ name, required: !field.safeParse(undefined).success }));
}
