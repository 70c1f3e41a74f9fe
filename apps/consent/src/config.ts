import type { KafkaSecuritySettings, LogLevel } from '@usm/config';
import { databaseEnvFields, databaseUrlOf, envFields, envVariablesOf, kafkaClientOf, kafkaEnvShape, kafkaSecurityCheck, readEnvironment, registryClientEnvFields, registryCredentialsOf } from '@usm/config';
import { authEnvFields, authModeOf, requireIssuerUnlessInsecure } from '@usm/security';
import type { AuthMode } from '@usm/security';
import { z } from 'zod';
import { tracingEnvFields, tracingSettingsOf } from '@usm/tracing';
import type { TracingSettings } from '@usm/tracing';

/** Every setting of the consent service; only this file reads the environment. Empty counts as unset. */
const envSchema = z.object({
  // Bearer-token verification (AUTH_ISSUER, AUTH_AUDIENCE, AUTH_PARTNER_ISSUERS; MESH_INSECURE only for local debugging).
  ...authEnvFields,
  MESH_CITY: envFields.cityId(),
  /** KAFKA_BROKERS and the client security variables (SASL_SSL by default). */
  ...kafkaEnvShape,
  SCHEMA_REGISTRY_URL: envFields.registryUrl(),
  ...registryClientEnvFields,
  ...databaseEnvFields,
  /** Optional PostgreSQL schema of the ledger's tables (the connection's default when unset). */
  DATABASE_SCHEMA: envFields.databaseSchema().optional(),
  CONSENT_HOST: z.string().default('127.0.0.1'),
  CONSENT_PORT: envFields.integer(1, 65_535, 3002),
  /** Readiness turns red when an outbox row waited longer than this to reach Kafka (a fenced or failing relay). */
  CONSENT_RELAY_MAX_PENDING_MS: envFields.integer(1_000, 3_600_000, 30_000),
  /** How long a readiness probe waits for Kafka, the registry and PostgreSQL; a busy node needs more than the default. */
  HEALTH_TIMEOUT_MS: envFields.healthTimeoutMs(),
  LOG_LEVEL: envFields.logLevel(),
  /** OpenTelemetry tracing (off unless OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  ...tracingEnvFields,
});

/** The consent service's validated settings. */
export interface ConsentServiceConfig {
  readonly city: string;
  readonly tracing: TracingSettings;
  readonly kafkaBrokers: readonly string[];
  /** The service's own principal over SASL_SSL; absent only with MESH_INSECURE=true and PLAINTEXT. */
  readonly kafkaSecurity?: KafkaSecuritySettings;
  readonly registryUrl: string;
  /** The realm client (`registry-consent`) the registry knows this service as; read-only. */
  readonly registryCredentials?: { readonly clientId: string; readonly secret: string };
  readonly databaseUrl: string;
  readonly databaseSchema?: string;
  readonly http: { readonly host: string; readonly port: number };
  readonly relayMaxPendingMs: number;
  readonly healthTimeoutMs: number;
  readonly logLevel: LogLevel;
  /** How callers are authenticated: tokens of the city's issuer (and partners'), or MESH_INSECURE. */
  readonly auth: AuthMode;
}

/** The environment variables this app reads, and which of them it cannot start without (deployment kits check theirs against it). */
export const envVariables = envVariablesOf(envSchema);

/** Validates the environment; a ValidationError names each bad variable (as `field`) and its rule. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): ConsentServiceConfig {
  const e = readEnvironment(envSchema, env, 'CONSENT_SERVICE.INVALID_CONFIG', [kafkaSecurityCheck, requireIssuerUnlessInsecure]);
  const kafka = kafkaClientOf(e, 'CONSENT_SERVICE.INVALID_CONFIG');
  return {
    city: e.MESH_CITY,
    tracing: tracingSettingsOf(e, 'consent'),
    kafkaBrokers: kafka.brokers,
    ...(kafka.security === undefined ? {} : { kafkaSecurity: kafka.security }),
    registryUrl: e.SCHEMA_REGISTRY_URL,
    ...withRegistryCredentials(registryCredentialsOf(e, 'CONSENT_SERVICE.INVALID_CONFIG')),
    databaseUrl: databaseUrlOf(e, 'CONSENT_SERVICE.INVALID_CONFIG'),
    ...(e.DATABASE_SCHEMA === undefined ? {} : { databaseSchema: e.DATABASE_SCHEMA }),
    http: { host: e.CONSENT_HOST, port: e.CONSENT_PORT },
    relayMaxPendingMs: e.CONSENT_RELAY_MAX_PENDING_MS,
    healthTimeoutMs: e.HEALTH_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    auth: authModeOf(e, e.MESH_CITY, 'consent'),
  };
}

const withRegistryCredentials = (credentials: { clientId: string; secret: string } | undefined) => (credentials ? { registryCredentials: credentials } : {});
