import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KafkaSecuritySettings, LogLevel } from '@usm/config';
import { databaseEnvFields, databaseUrlOf, envFields, envVariablesOf, kafkaClientOf, kafkaEnvShape, kafkaSecurityCheck, readEnvironment, registryClientEnvFields, registryCredentialsOf } from '@usm/config';
import { ValidationError } from '@usm/errors';
import { authEnvFields, authModeOf, requireIssuerUnlessInsecure } from '@usm/security';
import type { AuthMode } from '@usm/security';
import { z } from 'zod';
import { tracingEnvFields, tracingSettingsOf } from '@usm/tracing';
import type { TracingSettings } from '@usm/tracing';

const code = 'LABELS_SERVICE.INVALID_CONFIG';

/** Every setting of the labels service; only this file reads the environment. Empty counts as unset. */
const envSchema = z.object({
  ...authEnvFields,
  MESH_CITY: envFields.cityId(),
  ...kafkaEnvShape,
  SCHEMA_REGISTRY_URL: envFields.registryUrl(),
  ...registryClientEnvFields,
  ...databaseEnvFields,
  DATABASE_SCHEMA: envFields.databaseSchema().optional(),
  LABELS_HOST: z.string().default('127.0.0.1'),
  LABELS_PORT: envFields.integer(1, 65_535, 3060),
  /** The city's rule set (YAML, versioned); `libs/labels/rule-sets/<city>-child-commute.yaml` by default. */
  LABELS_RULE_SET_FILE: z.string().startsWith('/', 'must be an absolute path to the rule-set YAML file').optional(),
  /** Base URL of the validation service (solution registry); while unset, model labels are refused. */
  LABELS_VALIDATION_URL: z.url({ protocol: /^https?$/, error: 'must be the http(s) base URL of the validation service' }).optional(),
  /** Empty in production; a test runs the service under a unique prefix of every catalog topic. */
  LABELS_TOPIC_PREFIX: z.string().regex(/^[a-z0-9-]*$/, 'must be lowercase letters, digits and dashes').default(''),
  /** How long a readiness probe waits for Kafka, the registry and PostgreSQL; a busy node needs more than the default. */
  HEALTH_TIMEOUT_MS: envFields.healthTimeoutMs(),
  LOG_LEVEL: envFields.logLevel(),
  /** OpenTelemetry tracing (off unless OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  ...tracingEnvFields,
});

/** The labels service's validated settings. */
export interface LabelsServiceConfig {
  readonly city: string;
  readonly tracing: TracingSettings;
  readonly kafkaBrokers: readonly string[];
  readonly kafkaSecurity?: KafkaSecuritySettings;
  readonly registryUrl: string;
  readonly registryCredentials?: { readonly clientId: string; readonly secret: string };
  readonly databaseUrl: string;
  readonly databaseSchema?: string;
  readonly http: { readonly host: string; readonly port: number };
  readonly ruleSetYaml: string;
  readonly validationUrl?: string;
  readonly topicPrefix: string;
  readonly healthTimeoutMs: number;
  readonly logLevel: LogLevel;
  readonly auth: AuthMode;
}

function ruleSetOf(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ValidationError(code, [{ field: 'LABELS_RULE_SET_FILE', rule: 'readable', message: `must name a readable rule-set YAML file (${file})` }]);
  }
}

/** The environment variables this app reads, and which of them it cannot start without (deployment kits check theirs against it). */
export const envVariables = envVariablesOf(envSchema);

/** Validates the environment; a ValidationError names each bad variable (as `field`) and its rule. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): LabelsServiceConfig {
  const e = readEnvironment(envSchema, env, code, [kafkaSecurityCheck, requireIssuerUnlessInsecure]);
  const kafka = kafkaClientOf(e, code);
  const credentials = registryCredentialsOf(e, code);
  return {
    city: e.MESH_CITY,
    tracing: tracingSettingsOf(e, 'labels'),
    kafkaBrokers: kafka.brokers,
    ...(kafka.security === undefined ? {} : { kafkaSecurity: kafka.security }),
    registryUrl: e.SCHEMA_REGISTRY_URL,
    ...(credentials ? { registryCredentials: credentials } : {}),
    databaseUrl: databaseUrlOf(e, code),
    ...(e.DATABASE_SCHEMA === undefined ? {} : { databaseSchema: e.DATABASE_SCHEMA }),
    http: { host: e.LABELS_HOST, port: e.LABELS_PORT },
    ruleSetYaml: ruleSetOf(e.LABELS_RULE_SET_FILE ?? join(process.cwd(), 'libs', 'labels', 'rule-sets', `${e.MESH_CITY}-child-commute.yaml`)),
    ...(e.LABELS_VALIDATION_URL === undefined ? {} : { validationUrl: e.LABELS_VALIDATION_URL.replace(/\/+$/, '') }),
    topicPrefix: e.LABELS_TOPIC_PREFIX,
    healthTimeoutMs: e.HEALTH_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    auth: authModeOf(e, e.MESH_CITY, 'labels'),
  };
}
