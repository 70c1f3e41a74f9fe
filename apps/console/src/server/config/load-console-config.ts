import { readFileSync } from 'node:fs';
import { envFields, envVariablesOf, readEnvironment } from '@usm/config';
import { ValidationError } from '@usm/errors';
import { z } from 'zod';
import type { ConsoleConfig } from './console-config.schema';
import { consoleConfigSchema } from './console-config.schema';

const code = 'CONSOLE.INVALID_CONFIG';

const envSchema = z.object({
  CONSOLE_CONFIG_FILE: z.string().optional(),
  CONSOLE_CONFIG_JSON: z.string().optional(),
  MESH_INSECURE: envFields.flag(false),
});

/** The environment variables the console reads, and which of them it cannot start without (deployment kits check theirs against it). */
export const envVariables = envVariablesOf(envSchema);

function documentOf(env: z.output<typeof envSchema>, read: (file: string) => string): unknown {
  const text = env.CONSOLE_CONFIG_JSON ?? (env.CONSOLE_CONFIG_FILE === undefined ? undefined : read(env.CONSOLE_CONFIG_FILE));
  if (text === undefined) throw new ValidationError(code, [{ field: 'CONSOLE_CONFIG_FILE', rule: 'required', message: 'is required (or CONSOLE_CONFIG_JSON)' }]);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ValidationError(code, [{ field: env.CONSOLE_CONFIG_JSON === undefined ? 'CONSOLE_CONFIG_FILE' : 'CONSOLE_CONFIG_JSON', rule: 'json', message: 'must hold a JSON document' }]);
  }
}

/**
 * The console's validated configuration: every bad value is named by its path in the document. Secure by
 * default: without a `signIn` issuer the console refuses to start unless MESH_INSECURE=true.
 */
export function loadConsoleConfig(env: Readonly<Record<string, string | undefined>> = process.env, read: (file: string) => string = (file) => readFileSync(file, 'utf8')): ConsoleConfig & { insecure: boolean } {
  const e = readEnvironment(envSchema, env, code);
  const parsed = consoleConfigSchema.safeParse(documentOf(e, read));
  if (!parsed.success) throw new ValidationError(code, parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'document', rule: issue.code, message: issue.message })));
  if (parsed.data.signIn === undefined && !e.MESH_INSECURE) throw new ValidationError(code, [{ field: 'signIn', rule: 'required-unless-insecure', message: 'is required (set MESH_INSECURE=true only for local debugging)' }]);
  return { ...parsed.data, insecure: e.MESH_INSECURE };
}
