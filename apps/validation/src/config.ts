import type { KafkaSecuritySettings, LogLevel, PartnerRegistries } from '@usm/config';
import { databaseEnvFields, databaseUrlOf, envFields, envVariablesOf, kafkaClientOf, kafkaEnvShape, kafkaSecurityCheck, partnerRegistriesOf, partnerRegistryFields, readEnvironment, registryClientEnvFields, registryCredentialsOf } from '@usm/config';
import { authEnvFields, authModeOf, requireIssuerUnlessInsecure } from '@usm/security';
import type { AuthMode } from '@usm/security';
import { z } from 'zod';
import { tracingEnvFields, tracingSettingsOf } from '@usm/tracing';
import type { TracingSettings } from '@usm/tracing';

const code = 'VALIDATION_SERVICE.INVALID_CONFIG';


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
  VALIDATION_PARTNER_REGISTRIES: partnerRegistryFields.urls(),
  VALIDATION_PARTNER_REGISTRY_SECRET_FILES: partnerRegistryFields.secretFiles(),
  /** Empty in production; a test runs the service under a unique prefix of every catalog topic. */
  VALIDATION_TOPIC_PREFIX: z.string().regex(/^[a-z0-9-]*$/, 'must be lowercase letters, digits and dashes').default(''),
  VALIDATION_HOSTED_CONCURRENCY: envFields.integer(1, 64, 4),
  /** How long a readiness probe waits for Kafka, the registry and PostgreSQL; a busy node needs more than the default. */
  HEALTH_TIMEOUT_MS: envFields.healthTimeoutMs(),
  LOG_LEVEL: envFields.logLevel(),
  /** OpenTelemetry tracing (off unless OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  ...tracingEnvFields,
});

/** The validation service's validated settings. */
export interface ValidationServiceConfig {
  readonly city: string;
  readonly tracing: TracingSettings;
  readonly timeZone: string;
  readonly kafkaBrokers: readonly string[];
  readonly kafkaSecurity?: KafkaSecuritySettings;
  readonly registryUrl: string;
  readonly registryCredentials?: { readonly clientId: string; readonly secret: string };
  readonly partnerRegistries: PartnerRegistries;
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


/** The environment variables this app reads, and which of them it cannot start without (deployment kits check theirs against it). */
export const envVariables = envVariablesOf(envSchema);

/** Validates the environment; a ValidationError names each bad variable (as `field`) and its rule. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): ValidationServiceConfig {
  const e = readEnvironment(envSchema, env, code, [kafkaSecurityCheck, requireIssuerUnlessInsecure]);
  const kafka = kafkaClientOf(e, code);
  const credentials = registryCredentialsOf(e, code);
  return {
    city: e.MESH_CITY,
    tracing: tracingSettingsOf(e, 'validation'),
    timeZone: e.VALIDATION_TIME_ZONE,
    kafkaBrokers: kafka.brokers,
    ...(kafka.security === undefined ? {} : { kafkaSecurity: kafka.security }),
    registryUrl: e.SCHEMA_REGISTRY_URL,
    ...(credentials ? { registryCredentials: credentials } : {}),
    partnerRegistries: partnerRegistriesOf({ ownCity: e.MESH_CITY, urls: e.VALIDATION_PARTNER_REGISTRIES, secretFiles: e.VALIDATION_PARTNER_REGISTRY_SECRET_FILES, urlsField: 'VALIDATION_PARTNER_REGISTRIES', secretFilesField: 'VALIDATION_PARTNER_REGISTRY_SECRET_FILES' }, code),
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
