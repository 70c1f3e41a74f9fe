import { topicCatalog } from '@usm/contracts';

/** The mesh services deployed one per Deployment (the production shape; `apps/city-node` runs them all in one process). */
export const meshServices = ['ingest', 'privacy', 'consent', 'federation', 'datasets', 'validation', 'labels', 'sites'] as const;
export type MeshService = (typeof meshServices)[number];

/** Services with a PostgreSQL role and schema of their own (ADR 0013). */
export const databaseServices: readonly MeshService[] = ['ingest', 'consent', 'federation', 'datasets', 'validation', 'labels', 'sites'];
/** Services that reach Kafka as their own principal and read the registry as `registry-<service>` (sites needs neither). */
export const kafkaServices: readonly MeshService[] = meshServices.filter((s) => s !== 'sites');
/** Services whose config reads the standard OTEL_* variables (libs/tracing): every one. */
export const tracedServices: readonly MeshService[] = meshServices;
/** Where the datasets service writes release artifacts and the validation service reads them (one shared volume). */
export const releaseArtifactDir = '/var/lib/usm/datasets';

/** Port every service listens on inside its container. */
export const servicePort = 8080;

/** Where the pods find their secret files; nothing secret travels in an environment variable. */
export const secretMounts = {
  kafkaPassword: '/var/run/secrets/usm/kafka',
  kafkaCa: '/var/run/secrets/usm/kafka-ca',
  database: '/var/run/secrets/usm/database',
  registry: '/var/run/secrets/usm/registry',
  service: '/var/run/secrets/usm/service',
  partners: '/var/run/secrets/usm/partners',
} as const;

/** One environment variable: a plain value (ConfigMap) or a path to a mounted secret file. */
export type EnvValue = string;

export interface EnvContext {
  readonly city: string;
  readonly partners: readonly string[];
  readonly bootstrap: string;
  readonly registryUrl: string;
  readonly databaseHost: string;
  readonly issuer: string;
  readonly partnerBrokers: Readonly<Record<string, string>>;
  /** Root of the service's URL inside the cluster (`http://<name>:<port>`). */
  readonly serviceUrl: (service: MeshService) => string;
  /** Base URL of an OTLP/HTTP receiver; traced services export spans there when set. */
  readonly otlpEndpoint?: string;
}

const prefixes: Record<MeshService, string> = {
  ingest: 'INGEST', privacy: 'PRIVACY', consent: 'CONSENT', federation: 'FEDERATION', datasets: 'DATASETS', validation: 'VALIDATION', labels: 'LABELS', sites: 'SITES',
};

/**
 * The environment of one service on a city node, as its `apps/<service>/src/config.ts` reads it: SASL_SSL as the
 * service's own principal, the registry as `registry-<service>`, its own database role, tokens of the city's issuer.
 */
export function serviceEnvOf(service: MeshService, context: EnvContext): Record<string, EnvValue> {
  const env: Record<string, EnvValue> = {
    MESH_CITY: context.city,
    LOG_LEVEL: 'info',
    AUTH_ISSUER: context.issuer,
    ...(kafkaServices.includes(service) ? kafkaEnvOf(service, context) : {}),
    [`${prefixes[service]}_HOST`]: '0.0.0.0',
    [`${prefixes[service]}_PORT`]: String(servicePort),
  };
  if (databaseServices.includes(service)) {
    env['DATABASE_URL'] = `postgres://mesh_${context.city}_${service}@${context.databaseHost}:5432/mesh_${context.city}`;
    env['DATABASE_PASSWORD_FILE'] = `${secretMounts.database}/password`;
  }
  if (context.otlpEndpoint !== undefined && tracedServices.includes(service)) env['OTEL_EXPORTER_OTLP_ENDPOINT'] = context.otlpEndpoint;
  return { ...env, ...specificEnvOf(service, context) };
}

/** SASL_SSL as the service's own principal, the registry as `registry-<service>`. */
const kafkaEnvOf = (service: MeshService, context: EnvContext): Record<string, EnvValue> => ({
  KAFKA_BROKERS: context.bootstrap,
  KAFKA_SECURITY_PROTOCOL: 'SASL_SSL',
  KAFKA_SASL_MECHANISM: 'scram-sha-512',
  KAFKA_SASL_USERNAME: service,
  KAFKA_SASL_PASSWORD_FILE: `${secretMounts.kafkaPassword}/password`,
  KAFKA_SSL_CA_FILE: `${secretMounts.kafkaCa}/ca.crt`,
  SCHEMA_REGISTRY_URL: context.registryUrl,
  SCHEMA_REGISTRY_CLIENT_ID: `registry-${service}`,
  SCHEMA_REGISTRY_CLIENT_SECRET_FILE: `${secretMounts.registry}/${service}`,
});

function specificEnvOf(service: MeshService, context: EnvContext): Record<string, EnvValue> {
  const partners = context.partners.filter((p) => p !== context.city);
  const perPartner = (file: (partner: string) => string) => partners.map((p) => `${p}=${file(p)}`).join(';');
  switch (service) {
    case 'privacy':
      return {
        PRIVACY_POLICY_FILE: '/etc/usm/privacy/policy.yaml',
        PRIVACY_INPUT_TOPIC: topicCatalog.safetyEventsRaw.name,
        PRIVACY_OUTPUT_TOPIC: topicCatalog.safetyEventsAnonymised.name,
        PRIVACY_QUARANTINE_TOPIC: topicCatalog.safetyEventsQuarantine.name,
        CONSENT_SERVICE_URL: context.serviceUrl('consent'),
        AUTH_CLIENT_ID: 'privacy',
        AUTH_CLIENT_SECRET_FILE: `${secretMounts.service}/auth-client-secret`,
        // The shipped policy names USM_PRIVACY_HMAC_SECRET; its _FILE form takes the key from the mounted secret.
        USM_PRIVACY_HMAC_SECRET_FILE: `${secretMounts.service}/hmac-secret`,
      };
    case 'federation':
      return {
        FEDERATION_RUNTIME: 'strimzi',
        FEDERATION_STRIMZI_DIR: '/var/run/usm/strimzi',
        FEDERATION_PARTNERS: partners.map((p) => `${p}=${context.partnerBrokers[p] ?? `${p}-kafka-bootstrap.${p}.svc:9093`}`).join(';'),
        FEDERATION_PARTNER_CA_FILES: perPartner((p) => `${secretMounts.partners}/${p}-ca.crt`),
        FEDERATION_MM2_PASSWORD_FILES: perPartner((p) => `${secretMounts.partners}/mm2-${context.city}-at-${p}`),
        FEDERATION_PARTNER_PASSWORD_FILES: perPartner((p) => `${secretMounts.partners}/partner-${p}`),
        MIRROR_MAKER_REPLICATION_FACTOR: '3',
      };
    case 'datasets':
      return {
        DATASETS_ARTIFACT_DIR: releaseArtifactDir,
        DATASETS_URL_SIGNING_SECRET_FILE: `${secretMounts.service}/url-signing-secret`,
      };
    case 'validation':
      return { VALIDATION_DATASETS_URL: context.serviceUrl('datasets'), VALIDATION_RELEASE_ARTIFACT_DIR: releaseArtifactDir };
    case 'labels':
      return { LABELS_VALIDATION_URL: context.serviceUrl('validation') };
    case 'ingest':
    case 'consent':
    case 'sites':
      return {};
  }
}

/** Variables whose value is a path into a mounted Secret (kept in the Deployment, not the ConfigMap, to show where they come from). */
export const isSecretPath = (value: string): boolean => value.startsWith('/var/run/secrets/usm/') || value.split(';').some((entry) => entry.includes('=/var/run/secrets/usm/'));
