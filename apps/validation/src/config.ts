import { readFileSync } from 'node:fs';
import type { KafkaSecuritySettings, LogLevel } from '@usm/config';
import { databaseEnvFields, databaseUrlOf, envFields, kafkaClientOf, kafkaEnvShape, kafkaSecurityCheck, readEnvironment, registryClientEnvFields, registryCredentialsOf } from '@usm/config';
import { ValidationError } from '@usm/errors';
import { authEnvFields, authModeOf, requireIssuerUnlessInsecure } from '@usm/security';
import type { AuthMode } from '@usm/security';
import { z } from 'zod';

const code = 'VALIDATION_SERVICE.INVALID_CONFIG';
const cityId = /^[a-z][a-z0-9]*$/;

/** `incheon=value;osaka=value`: one entry per partner city. */
const perCity = (valueRule: z.ZodString, example: string) =>
  z
    .string()
    .default('')
    .transform((text) => text.split(';').map((e) => e.trim()).filter(Boolean).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]))
    .pipe(z.array(z.tuple([z.string().regex(cityId, `must name cities as lowercase ASCII ids: ${example}`), valueRule])))
    .transform((pairs) => Object.fromEntries(pairs) as Record<string, string>);

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Every setting of the validation service; only this file reads the environment. Empty counts as unset. */
const envSchema = z.object({
  ...authEnvFields,
  MESH_CITY: envFields.cityId(),
  ...kafkaEnvShape,
  SCHEMA_REGISTRY_URL: envFields.registryUrl(),
  ...registryClientEnvFields,
  ...databaseEnvFields,
  DATABASE_SCHEMA: envFields.databaseSchema().optional(),
  VALIDATION_HOST: z.string().default('127.0.0.1'),
  VALIDATION_PORT: envFields.integer(1, 65_535, 3070),
  /** IANA zone of the city: the time-of-day slice is judged in local time. */
  VALIDATION_TIME_ZONE: z.string().default('UTC').refine(isTimeZone, 'must be an IANA time zone, e.g. Asia/Seoul'),
  /** The datasets service's artifact directory (a read-only volume here); `.mesh/datasets/<city>` by default. */
  VALIDATION_RELEASE_ARTIFACT_DIR: z.string().startsWith('/', 'must be an absolute directory path').optional(),
  /** Base URL of this city's datasets service (asked whether a company may download the test split). */
  VALIDATION_DATASETS_URL: z.url({ protocol: /^https?$/, error: 'must be the http(s) URL of the datasets service' }),
  VALIDATION_PARTNER_REGISTRIES: perCity(z.string().regex(/^https?:\/\/\S+$/, 'must give http(s) registry URLs: city=url;city=url'), 'city=url;city=url'),
  VALIDATION_PARTNER_REGISTRY_SECRET_FILES: perCity(z.string().startsWith('/', 'must give absolute file paths: city=/path;city=/path'), 'city=/path;city=/path'),
  /** Empty in production; a test runs the service under a unique prefix of every catalog topic. */
  VALIDATION_TOPIC_PREFIX: z.string().regex(/^[a-z0-9-]*$/, 'must be lowercase letters, digits and dashes').default(''),
  VALIDATION_HOSTED_CONCURRENCY: envFields.integer(1, 64, 4),
  /** How long a readiness probe waits for Kafka, the registry and PostgreSQL; a busy node needs more than the default. */
  HEALTH_TIMEOUT_MS: envFields.healthTimeoutMs(),
  LOG_LEVEL: envFields.logLevel(),
});

type Env = z.output<typeof envSchema>;

/** The validation service's validated settings. */
export interface ValidationServiceConfig {
  readonly city: string;
  readonly timeZone: string;
  readonly kafkaBrokers: readonly string[];
  readonly kafkaSecurity?: KafkaSecuritySettings;
  readonly registryUrl: string;
  readonly registryCredentials?: { readonly clientId: string; readonly secret: string };
  readonly partnerRegistries: Readonly<Record<string, { readonly url: string; readonly credentials?: { readonly clientId: string; readonly secret: string } }>>;
  readonly databaseUrl: string;
  readonly databaseSchema?: string;
  readonly http: { readonly host: string; readonly port: number };
  readonly releaseArtifactDir: string;
  readonly datasetsUrl: string;
  readonly topicPrefix: string;
  readonly hostedConcurrency: number;
  readonly healthTimeoutMs: number;
  readonly logLevel: LogLevel;
  readonly auth: AuthMode;
}

function partnerRegistriesOf(e: Env): ValidationServiceConfig['partnerRegistries'] {
  const unknown = Object.keys(e.VALIDATION_PARTNER_REGISTRY_SECRET_FILES).filter((city) => !(city in e.VALIDATION_PARTNER_REGISTRIES));
  if (unknown.length > 0) throw new ValidationError(code, [{ field: 'VALIDATION_PARTNER_REGISTRY_SECRET_FILES', rule: 'known-partner', message: `names ${unknown.join(', ')}, missing from VALIDATION_PARTNER_REGISTRIES` }]);
  if (e.MESH_CITY in e.VALIDATION_PARTNER_REGISTRIES) throw new ValidationError(code, [{ field: 'VALIDATION_PARTNER_REGISTRIES', rule: 'not-self', message: 'must not list this city (MESH_CITY)' }]);
  return Object.fromEntries(
    Object.entries(e.VALIDATION_PARTNER_REGISTRIES).map(([city, url]) => {
      const file = e.VALIDATION_PARTNER_REGISTRY_SECRET_FILES[city];
      if (file === undefined) return [city, { url }];
      let secret: string;
      try {
        secret = readFileSync(file, 'utf8').trim();
      } catch {
        throw new ValidationError(code, [{ field: 'VALIDATION_PARTNER_REGISTRY_SECRET_FILES', rule: 'readable', message: `must name a readable secret file for ${city}` }]);
      }
      return [city, { url, credentials: { clientId: `partner-${e.MESH_CITY}`, secret } }];
    }),
  );
}

/** The environment variables this app reads, and which of them it cannot start without (deployment kits check theirs against it). */
export const envVariables = Object.entries(envSchema.shape).map(([name, field]) => ({ name, required: !field.safeParse(undefined).success }));

/** Validates the environment; a ValidationError names each bad variable (as `field`) and its rule. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): ValidationServiceConfig {
  const e = readEnvironment(envSchema, env, code, [kafkaSecurityCheck, requireIssuerUnlessInsecure]);
  const kafka = kafkaClientOf(e, code);
  const credentials = registryCredentialsOf(e, code);
  return {
    city: e.MESH_CITY,
    timeZone: e.VALIDATION_TIME_ZONE,
    kafkaBrokers: kafka.brokers,
    ...(kafka.security === undefined ? {} : { kafkaSecurity: kafka.security }),
    registryUrl: e.SCHEMA_REGISTRY_URL,
    ...(credentials ? { registryCredentials: credentials } : {}),
    partnerRegistries: partnerRegistriesOf(e),
    databaseUrl: databaseUrlOf(e, code),
    ...(e.DATABASE_SCHEMA === undefined ? {} : { databaseSchema: e.DATABASE_SCHEMA }),
    http: { host: e.VALIDATION_HOST, port: e.VALIDATION_PORT },
    releaseArtifactDir: e.VALIDATION_RELEASE_ARTIFACT_DIR ?? `${process.cwd()}/.mesh/datasets/${e.MESH_CITY}`,
    datasetsUrl: e.VALIDATION_DATASETS_URL.replace(/\/+$/, ''),
    topicPrefix: e.VALIDATION_TOPIC_PREFIX,
    hostedConcurrency: e.VALIDATION_HOSTED_CONCURRENCY,
    healthTimeoutMs: e.HEALTH_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    auth: authModeOf(e, e.MESH_CITY, 'validation'),
  };
}
