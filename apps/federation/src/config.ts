import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FieldViolation } from '@usm/errors';
import { ValidationError } from '@usm/errors';
import type { CrossCheck, KafkaSecuritySettings, LogLevel } from '@usm/config';
import { databaseEnvFields, databaseUrlOf, envFields, envVariablesOf, kafkaClientOf, kafkaEnvShape, kafkaSecurityCheck, readEnvironment, registryClientEnvFields, registryCredentialsOf } from '@usm/config';
import { authEnvFields, authModeOf, requireIssuerUnlessInsecure } from '@usm/security';
import type { AuthMode } from '@usm/security';
import type { FederationOptions, FederationRuntimeOptions } from '@usm/federation';
import { tracingEnvFields, tracingSettingsOf } from '@usm/tracing';
import type { TracingSettings } from '@usm/tracing';
import { z } from 'zod';

const cityId = /^[a-z][a-z0-9]*$/;
const hostPort = /^[^\s:/,;=]+:\d{1,5}$/;
const { integer } = envFields;

/** `barcelona=127.0.0.1:19192;osaka=10.0.0.5:9092,10.0.0.6:9092`: partner cities and their brokers. */
const partnerList = z
  .string()
  .default('')
  .transform((text) => text.split(';').map((entry) => entry.trim()).filter(Boolean).map((entry) => entry.split('=')))
  .pipe(
    z.array(
      z.tuple([z.string().regex(cityId, 'must name cities as lowercase ASCII ids: city=host:port,…;city=…'), z.string().transform((list) => list.split(',').map((b) => b.trim()))
        .pipe(z.array(z.string().regex(hostPort, 'must give each partner host:port brokers: city=host:port,…;city=…')).min(1))]),
    ),
  );

/** `barcelona=/path/a;osaka=/path/b`: one file per city. */
const cityFileList = z
  .string()
  .default('')
  .transform((text) => text.split(';').map((entry) => entry.trim()).filter(Boolean).map((entry) => entry.split('=')))
  .pipe(z.array(z.tuple([z.string().regex(cityId, 'must name cities as lowercase ASCII ids: city=/path;city=/path'), z.string().startsWith('/', 'must give absolute file paths: city=/path;city=/path')])))
  .transform((pairs) => Object.fromEntries(pairs) as Record<string, string>);

/** Every setting of the federation app, from the environment; an empty variable counts as unset. */
const envSchema = z.object({
  // Bearer-token verification (AUTH_ISSUER, AUTH_AUDIENCE, AUTH_PARTNER_ISSUERS; MESH_INSECURE only for local debugging).
  ...authEnvFields,
  MESH_CITY: envFields.cityId(),
  /** KAFKA_BROKERS and the client security variables (SASL_SSL by default). */
  ...kafkaEnvShape,
  SCHEMA_REGISTRY_URL: envFields.registryUrl(),
  ...registryClientEnvFields,
  ...databaseEnvFields,
  DATABASE_SCHEMA: envFields.databaseSchema().optional(),
  FEDERATION_PARTNERS: partnerList,
  /** Empty in production; a test runs a node under a unique prefix of every catalog topic. */
  FEDERATION_TOPIC_PREFIX: z.string().regex(/^[a-z0-9-]*$/, 'must be lowercase letters, digits and dashes').default(''),
  FEDERATION_WORK_DIR: z.string().optional(),
  FEDERATION_HOST: z.string().default('127.0.0.1'),
  FEDERATION_PORT: integer(1, 65_535, 3040),
  /** First delay before a failed apply (partner rules, MirrorMaker 2) is retried; it doubles up to a minute. */
  FEDERATION_RETRY_DELAY_MS: integer(100, 600_000, 2_000),
  /** Per partner city, the PEM of its CA: `barcelona=/secrets/barcelona-ca.pem;osaka=…` (SASL_SSL only). */
  FEDERATION_PARTNER_CA_FILES: cityFileList,
  /** Per partner city, the password file of the `mm2-<this city>` principal it issued (MirrorMaker 2 writes there with it). */
  FEDERATION_MM2_PASSWORD_FILES: cityFileList,
  /** Per partner city Y, the password file of `partner-Y`, issued by this city (MirrorMaker 2 reads here with it). */
  FEDERATION_PARTNER_PASSWORD_FILES: cityFileList,
  FEDERATION_LAG_INTERVAL_MS: integer(500, 600_000, 5_000),
  /** `process`: the service runs MirrorMaker 2 itself; `strimzi`: it writes KafkaMirrorMaker2 resources to FEDERATION_STRIMZI_DIR. */
  FEDERATION_RUNTIME: z.enum(['process', 'strimzi']).default('process'),
  FEDERATION_STRIMZI_DIR: z.string().startsWith('/', 'must be an absolute directory').optional(),
  /** Secret with a cluster's CA in Kubernetes: `{city}` stands for the city (Strimzi names it `<cluster>-cluster-ca-cert`). */
  FEDERATION_STRIMZI_CA_SECRET: z.string().includes('{city}', 'must contain {city}').default('{city}-cluster-ca-cert'),
  /** Required in `process` mode. */
  MIRROR_MAKER_CLASSPATH_FILE: z.string().min(1, 'must name the Kafka + connect-mirror classpath file (infra/local writes ~/.cache/urban-safety-mesh/kafka-*.classpath)').optional(),
  JAVA_BIN: z.string().default('java'),
  MIRROR_MAKER_HEAP: z.string().regex(/^\d+[MG]$/, 'must be a JVM heap size such as 512M').default('512M'),
  /** How soon MirrorMaker 2 notices a newly created topic that matches a flow. */
  MIRROR_MAKER_REFRESH_SECONDS: integer(1, 3_600, 5),
  MIRROR_MAKER_CHECKPOINT_SECONDS: integer(1, 3_600, 5),
  /** 1 fits one broker per city; production clusters want 3. */
  MIRROR_MAKER_REPLICATION_FACTOR: integer(1, 5, 1),
  MIRROR_MAKER_STOP_GRACE_MS: integer(1_000, 300_000, 20_000),
  MIRROR_MAKER_START_TIMEOUT_MS: integer(1_000, 600_000, 60_000),
  /** A MirrorMaker 2 that exits on its own is started again after this long; 0 leaves it down until the next change. */
  MIRROR_MAKER_RESTART_DELAY_MS: integer(0, 3_600_000, 10_000),
  HEALTH_TIMEOUT_MS: envFields.healthTimeoutMs(),
  LOG_LEVEL: envFields.logLevel(),
  /** OpenTelemetry tracing (off unless OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  ...tracingEnvFields,
});

type Env = z.output<typeof envSchema>;

/** The federation app's validated settings. */
export interface FederationConfig {
  readonly city: string;
  readonly kafkaBrokers: readonly string[];
  /** The service's own principal over SASL_SSL; absent only with MESH_INSECURE=true and PLAINTEXT. */
  readonly kafkaSecurity?: KafkaSecuritySettings;
  readonly registryUrl: string;
  /** The realm client (`registry-federation`) the registry knows this service as; read-only. */
  readonly registryCredentials?: { readonly clientId: string; readonly secret: string };
  readonly http: { readonly host: string; readonly port: number };
  readonly federation: FederationOptions;
  readonly logLevel: LogLevel;
  /** Where spans go, if anywhere. */
  readonly tracing: TracingSettings;
  /** How callers are authenticated: tokens of the city's issuer (and partners'), or MESH_INSECURE. */
  readonly auth: AuthMode;
}

/** Over SASL_SSL, MirrorMaker 2 needs every partner's CA and both of its principals' password files. */
const partnerSecrets: CrossCheck = (set) => {
  if ((set['KAFKA_SECURITY_PROTOCOL'] ?? 'SASL_SSL') !== 'SASL_SSL') return [];
  const partners = (set['FEDERATION_PARTNERS'] ?? '').split(';').map((entry) => entry.split('=')[0]?.trim()).filter((city): city is string => Boolean(city));
  const listed = (name: string) => new Set((set[name] ?? '').split(';').map((entry) => entry.split('=')[0]?.trim()));
  return ['FEDERATION_PARTNER_CA_FILES', 'FEDERATION_MM2_PASSWORD_FILES', 'FEDERATION_PARTNER_PASSWORD_FILES'].flatMap((field) => {
    const missing = partners.filter((city) => !listed(field).has(city));
    return missing.length === 0 ? [] : [{ field, rule: 'every-partner', message: `must name a file for every partner city (missing: ${missing.join(', ')})` }];
  });
};

/** Each runtime needs its own setting: the classpath for the process, the output directory for Strimzi. */
const runtimeSettings: CrossCheck = (set) => {
  const strimzi = set['FEDERATION_RUNTIME'] === 'strimzi';
  if (strimzi && !set['FEDERATION_STRIMZI_DIR']) return [{ field: 'FEDERATION_STRIMZI_DIR', rule: 'required', message: 'must name the directory of the KafkaMirrorMaker2 resources when FEDERATION_RUNTIME=strimzi' }];
  if (!strimzi && !set['MIRROR_MAKER_CLASSPATH_FILE']) return [{ field: 'MIRROR_MAKER_CLASSPATH_FILE', rule: 'required', message: 'must name the Kafka + connect-mirror classpath file (infra/local writes ~/.cache/urban-safety-mesh/kafka-*.classpath)' }];
  return [];
};

const notItsOwnPartner: CrossCheck = (set) => {
  const partners = (set['FEDERATION_PARTNERS'] ?? '').split(';').map((entry) => entry.split('=')[0]?.trim());
  return set['MESH_CITY'] !== undefined && partners.includes(set['MESH_CITY'])
    ? [{ field: 'FEDERATION_PARTNERS', rule: 'not-self', message: 'must not list this city (MESH_CITY) as its own partner' }]
    : [];
};

/** The environment variables this app reads, and which of them it cannot start without (deployment kits check theirs against it). */
export const envVariables = envVariablesOf(envSchema);

/** Reads and validates the environment; throws a ValidationError naming every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): FederationConfig {
  const parsed = readEnvironment(envSchema, env, 'FEDERATION.INVALID_CONFIG', [notItsOwnPartner, runtimeSettings, kafkaSecurityCheck, partnerSecrets, requireIssuerUnlessInsecure]);
  const kafka = kafkaClientOf(parsed, 'FEDERATION.INVALID_CONFIG');
  const config = toConfig(parsed, parsed.FEDERATION_RUNTIME === 'process' ? readClasspath(parsed.MIRROR_MAKER_CLASSPATH_FILE ?? '') : '');
  if (kafka.security === undefined) return config;
  return { ...config, kafkaSecurity: kafka.security, federation: { ...config.federation, health: { ...config.federation.health, kafkaSecurity: kafka.security } } };
}

function readClasspath(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    throw invalid([{ field: 'MIRROR_MAKER_CLASSPATH_FILE', rule: 'readable', message: 'must name a readable classpath file' }]);
  }
}

function invalid(violations: FieldViolation[]): ValidationError {
  return new ValidationError('FEDERATION.INVALID_CONFIG', violations);
}

function toConfig(env: Env, classpath: string): FederationConfig {
  const registryUrl = env.SCHEMA_REGISTRY_URL;
  const secure = env.KAFKA_SECURITY_PROTOCOL === 'SASL_SSL';
  const registryCredentials = registryCredentialsOf(env, 'FEDERATION.INVALID_CONFIG');
  return {
    city: env.MESH_CITY,
    kafkaBrokers: env.KAFKA_BROKERS,
    registryUrl,
    ...(registryCredentials ? { registryCredentials } : {}),
    http: { host: env.FEDERATION_HOST, port: env.FEDERATION_PORT },
    logLevel: env.LOG_LEVEL,
    tracing: tracingSettingsOf(env, 'federation'),
    auth: authModeOf(env, env.MESH_CITY, 'federation'),
    federation: {
      city: env.MESH_CITY,
      localBootstrapServers: env.KAFKA_BROKERS,
      ...(secure && env.KAFKA_SSL_CA_FILE ? { localSecurity: { caFile: env.KAFKA_SSL_CA_FILE, passwordFiles: Object.fromEntries(Object.entries(env.FEDERATION_PARTNER_PASSWORD_FILES).map(([city, file]) => [`partner-${city}`, file])) } } : {}),
      partners: env.FEDERATION_PARTNERS.map(([alias, bootstrapServers]) => {
        const caFile = env.FEDERATION_PARTNER_CA_FILES[alias];
        const mm2 = env.FEDERATION_MM2_PASSWORD_FILES[alias];
        return secure && caFile && mm2 ? { alias, bootstrapServers, security: { caFile, passwordFiles: { [`mm2-${env.MESH_CITY}`]: mm2 } } } : { alias, bootstrapServers };
      }),
      topicPrefix: env.FEDERATION_TOPIC_PREFIX,
      database: { url: databaseUrlOf(env, 'FEDERATION.INVALID_CONFIG'), schema: env.DATABASE_SCHEMA, runMigrations: true },
      mirrorMaker: {
        classpath,
        workDir: resolve(env.FEDERATION_WORK_DIR ?? `.mesh/federation/${env.MESH_CITY}`),
        javaBin: env.JAVA_BIN,
        jvmOptions: [`-Xms128M`, `-Xmx${env.MIRROR_MAKER_HEAP}`],
        stopGraceMs: env.MIRROR_MAKER_STOP_GRACE_MS,
        startTimeoutMs: env.MIRROR_MAKER_START_TIMEOUT_MS,
        restartDelayMs: env.MIRROR_MAKER_RESTART_DELAY_MS,
        settings: { replicationFactor: env.MIRROR_MAKER_REPLICATION_FACTOR, refreshTopicsSeconds: env.MIRROR_MAKER_REFRESH_SECONDS, checkpointSeconds: env.MIRROR_MAKER_CHECKPOINT_SECONDS },
      },
      ...(env.FEDERATION_RUNTIME === 'strimzi' ? { runtime: strimziRuntimeOf(env) } : {}),
      retryDelayMs: env.FEDERATION_RETRY_DELAY_MS,
      // Only an insecure (PLAINTEXT) local broker has no authorizer to hold partner rules.
      brokerAcls: secure,
      lagIntervalMs: env.FEDERATION_LAG_INTERVAL_MS,
      health: { registryUrl, ...(registryCredentials ? { registryCredentials } : {}), timeoutMs: env.HEALTH_TIMEOUT_MS },
    },
  };
}

function strimziRuntimeOf(env: Env): FederationRuntimeOptions {
  const cluster = (city: string, brokers: readonly string[]) => ({ city, bootstrapServers: brokers.join(','), caSecret: env.FEDERATION_STRIMZI_CA_SECRET.replaceAll('{city}', city) });
  return {
    kind: 'strimzi',
    directory: env.FEDERATION_STRIMZI_DIR ?? '',
    local: cluster(env.MESH_CITY, env.KAFKA_BROKERS),
    partners: env.FEDERATION_PARTNERS.map(([alias, brokers]) => cluster(alias, brokers)),
  };
}
