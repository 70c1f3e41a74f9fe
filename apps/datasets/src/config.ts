import { readFileSync } from 'node:fs';
import type { KafkaSecuritySettings, LogLevel, PartnerRegistries } from '@usm/config';
import { databaseEnvFields, databaseUrlOf, envFields, envVariablesOf, kafkaClientOf, kafkaEnvShape, kafkaSecurityCheck, partnerRegistriesOf, partnerRegistryFields, readEnvironment, registryClientEnvFields, registryCredentialsOf } from '@usm/config';
import { ValidationError } from '@usm/errors';
import { authEnvFields, authModeOf, requireIssuerUnlessInsecure } from '@usm/security';
import type { AuthMode } from '@usm/security';
import { tracingEnvFields, tracingSettingsOf } from '@usm/tracing';
import type { TracingSettings } from '@usm/tracing';
import { z } from 'zod';

const code = 'DATASETS_SERVICE.INVALID_CONFIG';


/** Every setting of the datasets service; only this file reads the environment. Empty counts as unset. */
const envSchema = z.object({
  ...authEnvFields,
  MESH_CITY: envFields.cityId(),
  ...kafkaEnvShape,
  SCHEMA_REGISTRY_URL: envFields.registryUrl(),
  ...registryClientEnvFields,
  ...databaseEnvFields,
  DATABASE_SCHEMA: envFields.databaseSchema().optional(),
  DATASETS_HOST: z.string().default('127.0.0.1'),
  DATASETS_PORT: envFields.integer(1, 65_535, 3050),
  /** Where release files are written (a volume in compose); `.mesh/datasets/<city>` by default. */
  DATASETS_ARTIFACT_DIR: z.string().startsWith('/', 'must be an absolute directory path').optional(),
  /** Base URL callers reach this service at, used in signed URLs and in the metadata's download links. */
  DATASETS_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be the http(s) URL callers reach this service at' }).optional(),
  /** File holding the key signed download URLs are HMAC'd with (at least 32 bytes). */
  DATASETS_URL_SIGNING_SECRET_FILE: z.string().startsWith('/', 'must be an absolute path to the URL-signing key file'),
  DATASETS_SIGNED_URL_TTL_SECONDS: envFields.integer(10, 3_600, 300),
  /** Partner registries for replicated topics (ADR 0005): `incheon=http://…/apis/ccompat/v7;osaka=…`. */
  DATASETS_PARTNER_REGISTRIES: partnerRegistryFields.urls(),
  /** Per partner city, the file holding the secret of the `partner-<this city>` client its realm issued us. */
  DATASETS_PARTNER_REGISTRY_SECRET_FILES: partnerRegistryFields.secretFiles(),
  /** Empty in production; a test runs the service under a unique prefix of every catalog topic. */
  DATASETS_TOPIC_PREFIX: z.string().regex(/^[a-z0-9-]*$/, 'must be lowercase letters, digits and dashes').default(''),
  DATASETS_READ_MAX_BYTES: envFields.integer(1_048_576, 1_073_741_824, 67_108_864),
  DATASETS_READ_STALL_TIMEOUT_MS: envFields.integer(1_000, 3_600_000, 60_000),
  /** How long a consent that ended waits for the subject index to reach the own anonymised stream's end (ADR 0016). */
  DATASETS_SUBJECT_INDEX_CATCH_UP_TIMEOUT_MS: envFields.integer(1_000, 600_000, 20_000),
  /** How long a readiness probe waits for Kafka, the registry and PostgreSQL; a busy node needs more than the default. */
  HEALTH_TIMEOUT_MS: envFields.healthTimeoutMs(),
  LOG_LEVEL: envFields.logLevel(),
  /** OpenTelemetry tracing (off unless OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  ...tracingEnvFields,
});

/** The datasets service's validated settings. */
export interface DatasetsServiceConfig {
  readonly city: string;
  readonly kafkaBrokers: readonly string[];
  readonly kafkaSecurity?: KafkaSecuritySettings;
  readonly registryUrl: string;
  readonly registryCredentials?: { readonly clientId: string; readonly secret: string };
  readonly partnerRegistries: PartnerRegistries;
  readonly databaseUrl: string;
  readonly databaseSchema?: string;
  readonly http: { readonly host: string; readonly port: number };
  readonly publicUrl: string;
  readonly artifactDir: string;
  readonly urlSigningKey: Buffer;
  readonly signedUrlTtlSeconds: number;
  readonly topicPrefix: string;
  readonly read: { readonly maxBytes: number; readonly stallTimeoutMs: number };
  readonly subjectIndex: { readonly catchUpTimeoutMs: number };
  readonly healthTimeoutMs: number;
  readonly logLevel: LogLevel;
  /** Where spans go, if anywhere. */
  readonly tracing: TracingSettings;
  readonly auth: AuthMode;
}

function signingKeyOf(file: string): Buffer {
  let key: Buffer;
  try {
    key = readFileSync(file);
  } catch {
    throw new ValidationError(code, [{ field: 'DATASETS_URL_SIGNING_SECRET_FILE', rule: 'readable', message: 'must name a readable file holding the URL-signing key' }]);
  }
  if (key.length < 32) throw new ValidationError(code, [{ field: 'DATASETS_URL_SIGNING_SECRET_FILE', rule: 'min-32-bytes', message: 'must hold a key of at least 32 bytes' }]);
  return key;
}


/** The environment variables this app reads, and which of them it cannot start without (deployment kits check theirs against it). */
export const envVariables = envVariablesOf(envSchema);

/** Validates the environment; a ValidationError names each bad variable (as `field`) and its rule. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): DatasetsServiceConfig {
  const e = readEnvironment(envSchema, env, code, [kafkaSecurityCheck, requireIssuerUnlessInsecure]);
  const kafka = kafkaClientOf(e, code);
  const credentials = registryCredentialsOf(e, code);
  return {
    city: e.MESH_CITY,
    kafkaBrokers: kafka.brokers,
    ...(kafka.security === undefined ? {} : { kafkaSecurity: kafka.security }),
    registryUrl: e.SCHEMA_REGISTRY_URL,
    ...(credentials ? { registryCredentials: credentials } : {}),
    partnerRegistries: partnerRegistriesOf({ ownCity: e.MESH_CITY, urls: e.DATASETS_PARTNER_REGISTRIES, secretFiles: e.DATASETS_PARTNER_REGISTRY_SECRET_FILES, urlsField: 'DATASETS_PARTNER_REGISTRIES', secretFilesField: 'DATASETS_PARTNER_REGISTRY_SECRET_FILES' }, code),
    databaseUrl: databaseUrlOf(e, code),
    ...(e.DATABASE_SCHEMA === undefined ? {} : { databaseSchema: e.DATABASE_SCHEMA }),
    http: { host: e.DATASETS_HOST, port: e.DATASETS_PORT },
    publicUrl: (e.DATASETS_PUBLIC_URL ?? `http://${e.DATASETS_HOST}:${e.DATASETS_PORT}`).replace(/\/+$/, ''),
    artifactDir: e.DATASETS_ARTIFACT_DIR ?? `${process.cwd()}/.mesh/datasets/${e.MESH_CITY}`,
    urlSigningKey: signingKeyOf(e.DATASETS_URL_SIGNING_SECRET_FILE),
    signedUrlTtlSeconds: e.DATASETS_SIGNED_URL_TTL_SECONDS,
    topicPrefix: e.DATASETS_TOPIC_PREFIX,
    read: { maxBytes: e.DATASETS_READ_MAX_BYTES, stallTimeoutMs: e.DATASETS_READ_STALL_TIMEOUT_MS },
    subjectIndex: { catchUpTimeoutMs: e.DATASETS_SUBJECT_INDEX_CATCH_UP_TIMEOUT_MS },
    healthTimeoutMs: e.HEALTH_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    tracing: tracingSettingsOf(e, 'datasets'),
    auth: authModeOf(e, e.MESH_CITY, 'datasets'),
  };
}
