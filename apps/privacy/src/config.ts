import type { CrossCheck, KafkaSecuritySettings, LogLevel } from '@usm/config';
import { envFields, envVariablesOf, kafkaClientOf, kafkaEnvShape, kafkaSecurityCheck, readEnvironment, registryClientEnvFields, registryCredentialsOf } from '@usm/config';
import { authEnvFields, authModeOf, clientCredentialsEnvFields, clientCredentialsOf, requireIssuerUnlessInsecure } from '@usm/security';
import type { AuthMode } from '@usm/security';
import type { LegalBasisGateChoice } from '@usm/privacy';
import { tracingEnvFields, tracingSettingsOf } from '@usm/tracing';
import type { TracingSettings } from '@usm/tracing';
import { z } from 'zod';

const { integer } = envFields;
const topicName = envFields.topicName();
const flag = envFields.flag(true);

/** Every setting of the privacy app, from the environment; an empty variable counts as unset. */
const envSchema = z.object({
  // Bearer-token verification (AUTH_ISSUER, AUTH_AUDIENCE, AUTH_PARTNER_ISSUERS; MESH_INSECURE only for local debugging).
  ...authEnvFields,
  // The service's own client for the ledger calls (client credentials).
  ...clientCredentialsEnvFields,
  MESH_CITY: envFields.cityId(),
  /** KAFKA_BROKERS and the client security variables (SASL_SSL by default). */
  ...kafkaEnvShape,
  SCHEMA_REGISTRY_URL: envFields.registryUrl(),
  ...registryClientEnvFields,
  /** The policy names the variable or file holding its HMAC secret; that secret is never in the repository. */
  PRIVACY_POLICY_FILE: z.string().min(1),
  PRIVACY_HOST: z.string().default('127.0.0.1'),
  PRIVACY_PORT: integer(1, 65_535, 3001),
  PRIVACY_INPUT_TOPIC: topicName.optional(),
  PRIVACY_OUTPUT_TOPIC: topicName.optional(),
  PRIVACY_GROUP_ID: z.string().regex(/^[\w.:-]{1,200}$/, 'must be a consumer group id').optional(),
  /** Unique per running instance and stable across its restarts, so a restart fences the previous incarnation. */
  PRIVACY_TRANSACTIONAL_ID: z.string().regex(/^[\w.:-]{1,200}$/, 'must be letters, digits, . _ : or -').optional(),
  /** A new group reads the raw topic from its start, so no event ingested before the first run is missed. */
  PRIVACY_FROM_BEGINNING: flag,
  PRIVACY_MAX_CHUNK_RECORDS: integer(1, 10_000, 500),
  /** Under the 60 s rebalance timeout, so a stalled member's transaction is aborted before its partitions move. */
  PRIVACY_TRANSACTION_TIMEOUT_MS: integer(1_000, 55_000, 20_000),
  /** How long the group waits for a silent member; lower it where instances are killed and restarted often. */
  PRIVACY_SESSION_TIMEOUT_MS: integer(6_000, 300_000, 30_000),
  PRIVACY_HEARTBEAT_INTERVAL_MS: integer(100, 100_000, 3_000),
  /** Who answers the legal-basis gate: the policy's lists, or the consent ledger per reporter pseudonym (ADR 0007). */
  PRIVACY_LEGAL_BASIS_GATE: z.enum(['policy', 'ledger']).default('policy'),
  /** Base URL of the consent service; required when PRIVACY_LEGAL_BASIS_GATE=ledger. */
  CONSENT_SERVICE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL of the consent service' }).optional(),
  /** One legal-basis question; a slower ledger aborts the chunk, which is read again. */
  CONSENT_SERVICE_TIMEOUT_MS: integer(50, 30_000, 2_000),
  /** The city's source-system registry (which systems may claim which legal bases); the shipped source-systems.<city>.yaml when unset. */
  PRIVACY_SOURCE_SYSTEMS_FILE: z.string().min(1).optional(),
  /** Aborted chunks in a row after which a partition counts as stuck and readiness turns red. */
  PRIVACY_STUCK_AFTER_FAILED_CHUNKS: integer(1, 1_000, 3),
  /** Local topic of records the egress guard stopped; the catalog's quarantine topic when unset. */
  PRIVACY_QUARANTINE_TOPIC: topicName.optional(),
  /** Share of guarded records (0..1) quarantined over the window above which readiness turns red. */
  PRIVACY_QUARANTINE_MAX_RATE: z.coerce.number().min(0).max(1).default(0.01),
  PRIVACY_QUARANTINE_WINDOW_MS: integer(1_000, 86_400_000, 300_000),
  /** Fewer guarded records than this in the window never turn readiness red. */
  PRIVACY_QUARANTINE_MIN_RECORDS: integer(1, 1_000_000, 20),
  HEALTH_TIMEOUT_MS: envFields.healthTimeoutMs(),
  LOG_LEVEL: envFields.logLevel(),
  /** OpenTelemetry tracing (off unless OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  ...tracingEnvFields,
});

type Env = z.output<typeof envSchema>;

/** The privacy app's validated settings. */
export interface PrivacyConfig {
  readonly city: string;
  readonly kafkaBrokers: readonly string[];
  /** The service's own principal over SASL_SSL; absent only with MESH_INSECURE=true and PLAINTEXT. */
  readonly kafkaSecurity?: KafkaSecuritySettings;
  readonly registryUrl: string;
  /** The realm client (`registry-privacy`) the registry knows this service as; read-only. */
  readonly registryCredentials?: { readonly clientId: string; readonly secret: string };
  readonly policyFile: string;
  /** Handed to the policy loader, which reads only the secret variable the policy names. */
  readonly policyEnvironment: Readonly<Record<string, string | undefined>>;
  readonly http: { readonly host: string; readonly port: number };
  readonly stream: {
    readonly inputTopic?: string;
    readonly outputTopic?: string;
    readonly groupId: string;
    readonly instanceId: string;
    readonly fromBeginning: boolean;
    readonly maxChunkRecords: number;
    readonly transactionTimeoutMs: number;
    readonly sessionTimeoutMs: number;
    readonly heartbeatIntervalMs: number;
    readonly stuckAfterFailedChunks: number;
  };
  /** The egress guard's quarantine topic and the quarantine rate readiness tolerates. */
  readonly egress: { readonly quarantineTopic?: string; readonly maxQuarantineRate: number; readonly windowMs: number; readonly minRecords: number };
  readonly legalBasisGate: LegalBasisGateChoice;
  /** Undefined: the library's shipped registry for the city. */
  readonly sourceSystemsFile?: string;
  readonly healthTimeoutMs: number;
  readonly logLevel: LogLevel;
  /** Where spans go, if anywhere. */
  readonly tracing: TracingSettings;
  /** How callers are authenticated: tokens of the city's issuer (and partners'), or MESH_INSECURE. */
  readonly auth: AuthMode;
}

/** Checked beside the schema, not in a refinement, so it is reported together with every other bad variable. */
const ledgerNeedsConsentService: CrossCheck = (set) =>
  set['PRIVACY_LEGAL_BASIS_GATE'] === 'ledger' && set['CONSENT_SERVICE_URL'] === undefined
    ? [{ field: 'CONSENT_SERVICE_URL', rule: 'required-when', message: 'is required when PRIVACY_LEGAL_BASIS_GATE=ledger' }]
    : [];

/** The environment variables this app reads, and which of them it cannot start without (deployment kits check theirs against it). */
export const envVariables = envVariablesOf(envSchema);

/** Reads and validates the environment; throws a ValidationError naming every bad variable, never quoting a value. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): PrivacyConfig {
  const parsed = readEnvironment(envSchema, env, 'PRIVACY.INVALID_CONFIG', [ledgerNeedsConsentService, kafkaSecurityCheck, requireIssuerUnlessInsecure]);
  const kafka = kafkaClientOf(parsed, 'PRIVACY.INVALID_CONFIG');
  return { ...toConfig(parsed, env), ...(kafka.security === undefined ? {} : { kafkaSecurity: kafka.security }) };
}

function toConfig(env: Env, environment: Readonly<Record<string, string | undefined>>): PrivacyConfig {
  return {
    city: env.MESH_CITY,
    kafkaBrokers: env.KAFKA_BROKERS,
    registryUrl: env.SCHEMA_REGISTRY_URL,
    ...withRegistryCredentials(registryCredentialsOf(env, 'PRIVACY.INVALID_CONFIG')),
    policyFile: env.PRIVACY_POLICY_FILE,
    policyEnvironment: environment,
    http: { host: env.PRIVACY_HOST, port: env.PRIVACY_PORT },
    stream: {
      inputTopic: env.PRIVACY_INPUT_TOPIC,
      outputTopic: env.PRIVACY_OUTPUT_TOPIC,
      groupId: env.PRIVACY_GROUP_ID ?? `${env.MESH_CITY}-privacy`,
      instanceId: env.PRIVACY_TRANSACTIONAL_ID ?? `${env.MESH_CITY}-privacy-0`,
      fromBeginning: env.PRIVACY_FROM_BEGINNING,
      maxChunkRecords: env.PRIVACY_MAX_CHUNK_RECORDS,
      transactionTimeoutMs: env.PRIVACY_TRANSACTION_TIMEOUT_MS,
      sessionTimeoutMs: env.PRIVACY_SESSION_TIMEOUT_MS,
      heartbeatIntervalMs: env.PRIVACY_HEARTBEAT_INTERVAL_MS,
      stuckAfterFailedChunks: env.PRIVACY_STUCK_AFTER_FAILED_CHUNKS,
    },
    egress: {
      ...(env.PRIVACY_QUARANTINE_TOPIC === undefined ? {} : { quarantineTopic: env.PRIVACY_QUARANTINE_TOPIC }),
      maxQuarantineRate: env.PRIVACY_QUARANTINE_MAX_RATE,
      windowMs: env.PRIVACY_QUARANTINE_WINDOW_MS,
      minRecords: env.PRIVACY_QUARANTINE_MIN_RECORDS,
    },
    legalBasisGate: legalBasisGateOf(env),
    ...(env.PRIVACY_SOURCE_SYSTEMS_FILE === undefined ? {} : { sourceSystemsFile: env.PRIVACY_SOURCE_SYSTEMS_FILE }),
    healthTimeoutMs: env.HEALTH_TIMEOUT_MS,
    logLevel: env.LOG_LEVEL,
    tracing: tracingSettingsOf(env, 'privacy'),
    auth: authModeOf(env, env.MESH_CITY, 'privacy'),
  };
}

function legalBasisGateOf(env: Env): LegalBasisGateChoice {
  if (env.PRIVACY_LEGAL_BASIS_GATE === 'policy' || env.CONSENT_SERVICE_URL === undefined) return { kind: 'policy' };
  const credentials = clientCredentialsOf(env);
  return { kind: 'ledger', url: env.CONSENT_SERVICE_URL.replace(/\/+$/, ''), timeoutMs: env.CONSENT_SERVICE_TIMEOUT_MS, ...(credentials === undefined ? {} : { credentials }) };
}

const withRegistryCredentials = (credentials: { clientId: string; secret: string } | undefined) => (credentials ? { registryCredentials: credentials } : {});
