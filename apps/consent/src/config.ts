import { ValidationError } from '@usm/errors';
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every setting of the consent service; only this file reads the environment. Empty counts as unset. */
const envSchema = z.object({
  MESH_CITY: z.string().regex(/^[a-z][a-z0-9]*$/, 'must be a lowercase ASCII city id, e.g. incheon'),
  KAFKA_BROKERS: z
    .string()
    .transform((list) => list.split(',').map((broker) => broker.trim()).filter((broker) => broker !== ''))
    .pipe(z.array(z.string().regex(/^[^\s:/]+:\d{1,5}$/, 'must be host:port')).min(1, 'must list at least one host:port')),
  SCHEMA_REGISTRY_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL of the Confluent-compatible API' }),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  /** Optional PostgreSQL schema of the ledger's tables (the connection's default when unset). */
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lowercase PostgreSQL identifier').optional(),
  CONSENT_HOST: z.string().default('127.0.0.1'),
  CONSENT_PORT: z.coerce.number().int().min(1).max(65_535).default(3002),
  LOG_LEVEL: z.enum(logLevels).default('info'),
});

/** The consent service's validated settings. */
export interface ConsentServiceConfig {
  readonly city: string;
  readonly kafkaBrokers: readonly string[];
  readonly registryUrl: string;
  readonly databaseUrl: string;
  readonly databaseSchema?: string;
  readonly http: { readonly host: string; readonly port: number };
  readonly logLevel: (typeof logLevels)[number];
}

/** Validates the environment; a ValidationError names each bad variable (as `field`) and its rule. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): ConsentServiceConfig {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const violations = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? 'environment');
      return { field: variable, rule: issue.code, message: set[variable] === undefined ? 'is required' : issue.message };
    });
    throw new ValidationError('CONSENT_SERVICE.INVALID_CONFIG', violations);
  }
  const e = parsed.data;
  return {
    city: e.MESH_CITY,
    kafkaBrokers: e.KAFKA_BROKERS,
    registryUrl: e.SCHEMA_REGISTRY_URL.replace(/\/+$/, ''),
    databaseUrl: e.DATABASE_URL,
    ...(e.DATABASE_SCHEMA === undefined ? {} : { databaseSchema: e.DATABASE_SCHEMA }),
    http: { host: e.CONSENT_HOST, port: e.CONSENT_PORT },
    logLevel: e.LOG_LEVEL,
  };
}
