import type { CrossCheck, KafkaSecuritySettings, LogLevel } from '@usm/config';
import { databaseEnvFields, databaseUrlOf, envFields, envVariablesOf, kafkaClientOf, kafkaEnvShape, kafkaSecurityCheck, readEnvironment, registryClientEnvFields, registryCredentialsOf } from '@usm/config';
import { authEnvFields, authModeOf, requireIssuerUnlessInsecure } from '@usm/security';
import type { AuthMode } from '@usm/security';
import { tracingEnvFields, tracingSettingsOf } from '@usm/tracing';
import type { TracingSettings } from '@usm/tracing';
import { z } from 'zod';

const mebibyte = 1024 * 1024;
const { integer } = envFields;

/** Every setting of the ingest app, from the environment; an empty variable counts as unset. */
const envSchema = z.object({
  // Bearer-token verification (AUTH_ISSUER, AUTH_AUDIENCE, AUTH_PARTNER_ISSUERS; MESH_INSECURE only for local debugging).
  ...authEnvFields,
  MESH_CITY: envFields.cityId(),
  /** KAFKA_BROKERS and the client security variables (SASL_SSL by default). */
  ...kafkaEnvShape,
  SCHEMA_REGISTRY_URL: envFields.registryUrl(),
  ...registryClientEnvFields,
  ...databaseEnvFields,
  INGEST_HOST: z.string().default('127.0.0.1'),
  INGEST_PORT: integer(1, 65_535, 3000),
  INGEST_MAX_BATCH: integer(1, 10_000, 500),
  INGEST_MAX_BODY_BYTES: integer(1_024, 64 * mebibyte, mebibyte),
  /** How far a source's clock may run ahead of ours: 5 minutes. */
  INGEST_MAX_CLOCK_SKEW_MS: integer(0, 3_600_000, 300_000),
  /** Longer than the slowest publish with every kafkajs retry, so a live holder never loses its claim. */
  INGEST_CLAIM_LEASE_MS: integer(1_000, 86_400_000, 600_000),
  /** Requests waiting on PostgreSQL or Kafka at once; more get 429 with Retry-After. */
  INGEST_MAX_IN_FLIGHT: integer(1, 10_000, 64),
  /** Prefix of the raw topic (`<prefix>safety.events.raw.v1`), so a test or a second ingest has a topic of its own. */
  INGEST_TOPIC_PREFIX: z.string().regex(/^[a-z0-9-]*$/, 'must be lowercase letters, digits and dashes').default(''),
  /** MQTT ingest for sensors (off when unset): the broker, e.g. mqtts://broker:8883, and the service's own account. */
  MQTT_URL: z.string().regex(/^mqtts?:\/\/[^\s/]+/, 'must be an mqtt:// or mqtts:// URL').optional(),
  MQTT_USERNAME: z.string().optional(),
  MQTT_PASSWORD: z.string().optional(),
  HEALTH_TIMEOUT_MS: envFields.healthTimeoutMs(),
  LOG_LEVEL: envFields.logLevel(),
  /** OpenTelemetry tracing (off unless OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  ...tracingEnvFields,
});

type Env = z.output<typeof envSchema>;

/** The ingest app's validated settings. */
export interface IngestConfig {
  readonly city: string;
  readonly kafkaBrokers: readonly string[];
  /** The service's own principal over SASL_SSL; absent only with MESH_INSECURE=true and PLAINTEXT. */
  readonly kafkaSecurity?: KafkaSecuritySettings;
  readonly registryUrl: string;
  /** The realm client (`registry-ingest`) the registry knows this service as; read-only. */
  readonly registryCredentials?: { readonly clientId: string; readonly secret: string };
  readonly databaseUrl: string;
  readonly http: { readonly host: string; readonly port: number; readonly maxBodyBytes: number };
  readonly ingest: { readonly maxBatchSize: number; readonly maxClockSkewMs: number; readonly claimLeaseMs: number; readonly maxInFlight: number };
  /** Prepended to the raw topic's catalog name; empty in a node. */
  readonly topicPrefix: string;
  /** The MQTT adapter's broker and account; absent when MQTT ingest is off. */
  readonly mqtt?: { readonly url: string; readonly username: string; readonly password: string };
  readonly healthTimeoutMs: number;
  readonly logLevel: LogLevel;
  /** Where spans go, if anywhere. */
  readonly tracing: TracingSettings;
  /** How callers are authenticated: tokens of the city's issuer (and partners'), or MESH_INSECURE. */
  readonly auth: AuthMode;
}

/** The environment variables this app reads, and which of them it cannot start without (deployment kits check theirs against it). */
export const envVariables = envVariablesOf(envSchema);

/** Reads and validates the environment; throws a ValidationError naming every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): IngestConfig {
  const parsed = readEnvironment(envSchema, env, 'INGEST.INVALID_CONFIG', [kafkaSecurityCheck, requireIssuerUnlessInsecure, mqttAccountCheck]);
  const kafka = kafkaClientOf(parsed, 'INGEST.INVALID_CONFIG');
  return { ...toConfig(parsed), ...(kafka.security === undefined ? {} : { kafkaSecurity: kafka.security }) };
}

function toConfig(env: Env): IngestConfig {
  return {
    city: env.MESH_CITY,
    kafkaBrokers: env.KAFKA_BROKERS,
    registryUrl: env.SCHEMA_REGISTRY_URL,
    ...withRegistryCredentials(registryCredentialsOf(env, 'INGEST.INVALID_CONFIG')),
    databaseUrl: databaseUrlOf(env, 'INGEST.INVALID_CONFIG'),
    http: { host: env.INGEST_HOST, port: env.INGEST_PORT, maxBodyBytes: env.INGEST_MAX_BODY_BYTES },
    ingest: {
      maxBatchSize: env.INGEST_MAX_BATCH,
      maxClockSkewMs: env.INGEST_MAX_CLOCK_SKEW_MS,
      claimLeaseMs: env.INGEST_CLAIM_LEASE_MS,
      maxInFlight: env.INGEST_MAX_IN_FLIGHT,
    },
    topicPrefix: env.INGEST_TOPIC_PREFIX,
    ...(env.MQTT_URL && env.MQTT_USERNAME && env.MQTT_PASSWORD ? { mqtt: { url: env.MQTT_URL, username: env.MQTT_USERNAME, password: env.MQTT_PASSWORD } } : {}),
    healthTimeoutMs: env.HEALTH_TIMEOUT_MS,
    logLevel: env.LOG_LEVEL,
    tracing: tracingSettingsOf(env, 'ingest'),
    auth: authModeOf(env, env.MESH_CITY, 'ingest'),
  };
}

const withRegistryCredentials = (credentials: { clientId: string; secret: string } | undefined) => (credentials ? { registryCredentials: credentials } : {});

/** The broker is never used anonymously: with MQTT_URL, the service's username and password are required. */
const mqttAccountCheck: CrossCheck = (set) =>
  set['MQTT_URL'] === undefined
    ? []
    : (['MQTT_USERNAME', 'MQTT_PASSWORD'] as const)
        .filter((field) => set[field] === undefined)
        .map((field) => ({ field, rule: 'required', message: 'is required when MQTT_URL is set (the broker allows no anonymous clients)' }));
