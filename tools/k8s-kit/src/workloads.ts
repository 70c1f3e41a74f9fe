import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KitOptions, Resource } from './resource';
import { bootstrapOf, clusterCaSecretOf, labelsOf, meta } from './resource';
import type { MeshService } from './service-env';
import { databaseServices, isSecretPath, kafkaServices, releaseArtifactDir, secretMounts, serviceEnvOf, servicePort } from './service-env';

const workspaceRoot = join(__dirname, '..', '..', '..');
const registryPort = 8080;
const postgresPort = 5432;

const serviceOf = (options: KitOptions, name: string, component: string, port: number): Resource => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: meta(options, name, component),
  spec: { selector: labelsOf(options, component), ports: [{ name: 'http', port, targetPort: port }] },
});

/** A Secret filled out of band (`kubectl create secret generic … --from-file`): the kit names its keys, never a value. */
export const externalSecretOf = (options: KitOptions, name: string, keys: readonly string[]): Resource => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { ...meta(options, name, 'secret'), annotations: { 'usm.keys': keys.join(','), 'usm.filled-by': 'operator of the city node (kubectl create secret generic --from-file)' } },
  type: 'Opaque',
});

export const databaseSecretOf = (service: string): string => `db-${service}`;

/** The release artifacts: written by the datasets service, read by the validation service (ReadWriteMany). */
export const releaseArtifactsClaim = 'datasets-artifacts';

/** PostgreSQL as a StatefulSet with a login role and schema per service (ADR 0013), initialised from the same script as Compose. */
export function postgresOf(options: KitOptions): Resource[] {
  const roles = [...databaseServices, 'registry'];
  const initScript = readFileSync(join(workspaceRoot, 'infra/compose/init-roles.sh'), 'utf8');
  const registryDb = readFileSync(join(workspaceRoot, 'infra/compose/init-registry-db.sql'), 'utf8');
  return [
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(options, 'postgres-init', 'postgres'), data: { 'init-registry-db.sql': registryDb, 'init-roles.sh': initScript } },
    externalSecretOf(options, 'postgres-passwords', ['postgres-admin.password', ...roles.map((r) => `${r}.password`)]),
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: meta(options, 'postgres', 'postgres'),
      spec: {
        serviceName: 'postgres',
        replicas: 1,
        selector: { matchLabels: labelsOf(options, 'postgres') },
        template: {
          metadata: { labels: labelsOf(options, 'postgres') },
          spec: {
            containers: [
              {
                name: 'postgres',
                image: 'postgres:15',
                ports: [{ name: 'postgres', containerPort: postgresPort }],
                env: [
                  { name: 'POSTGRES_HOST_AUTH_METHOD', value: 'scram-sha-256' },
                  { name: 'POSTGRES_PASSWORD_FILE', value: '/run/secrets/postgres-admin.password' },
                  { name: 'POSTGRES_DB', value: `mesh_${options.city}` },
                  { name: 'CITY', value: options.city },
                  { name: 'PGDATA', value: '/var/lib/postgresql/data/pgdata' },
                ],
                readinessProbe: { exec: { command: ['pg_isready', '-U', 'postgres'] }, periodSeconds: 5 },
                livenessProbe: { exec: { command: ['pg_isready', '-U', 'postgres'] }, periodSeconds: 20, failureThreshold: 6 },
                volumeMounts: [
                  { name: 'data', mountPath: '/var/lib/postgresql/data' },
                  { name: 'init', mountPath: '/docker-entrypoint-initdb.d', readOnly: true },
                  { name: 'passwords', mountPath: '/run/secrets', readOnly: true },
                ],
              },
            ],
            volumes: [
              { name: 'init', configMap: { name: 'postgres-init' } },
              { name: 'passwords', secret: { secretName: 'postgres-passwords' } },
            ],
          },
        },
        volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } } }],
      },
    },
    serviceOf(options, 'postgres', 'postgres', postgresPort),
  ];
}

/** Apicurio Registry 3 on the city's PostgreSQL (its own database and role), with the Confluent-compatible API the services use. */
export function registryOf(options: KitOptions): Resource[] {
  return [
    externalSecretOf(options, 'registry-datasource', ['password']),
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(options, 'registry', 'registry'),
      spec: {
        replicas: 1,
        selector: { matchLabels: labelsOf(options, 'registry') },
        template: {
          metadata: { labels: labelsOf(options, 'registry') },
          spec: {
            containers: [
              {
                name: 'registry',
                image: 'apicurio/apicurio-registry:3.3.3',
                ports: [{ name: 'http', containerPort: registryPort }],
                env: [
                  { name: 'APICURIO_STORAGE_KIND', value: 'sql' },
                  { name: 'APICURIO_STORAGE_SQL_KIND', value: 'postgresql' },
                  { name: 'APICURIO_DATASOURCE_URL', value: `jdbc:postgresql://postgres:${postgresPort}/mesh_registry` },
                  { name: 'APICURIO_DATASOURCE_USERNAME', value: `mesh_${options.city}_registry` },
                  { name: 'APICURIO_DATASOURCE_PASSWORD', valueFrom: { secretKeyRef: { name: 'registry-datasource', key: 'password' } } },
                  { name: 'QUARKUS_OIDC_TENANT_ENABLED', value: 'true' },
                  { name: 'QUARKUS_OIDC_AUTH_SERVER_URL', value: options.issuer },
                ],
                livenessProbe: { httpGet: { path: '/health/live', port: registryPort }, periodSeconds: 20 },
                readinessProbe: { httpGet: { path: '/health/ready', port: registryPort }, periodSeconds: 5 },
              },
            ],
          },
        },
      },
    },
    serviceOf(options, 'registry', 'registry', registryPort),
  ];
}

function secretVolumes(options: KitOptions, service: MeshService): { volumes: unknown[]; mounts: unknown[] } {
  const partners = options.partners.filter((p) => p !== options.city);
  const volumes: unknown[] = [];
  const mounts: unknown[] = [];
  if (kafkaServices.includes(service)) {
    volumes.push(
      { name: 'kafka', secret: { secretName: service } },
      { name: 'kafka-ca', secret: { secretName: clusterCaSecretOf(options.city) } },
      { name: 'registry', secret: { secretName: 'registry-clients', items: [{ key: service, path: service }] } },
    );
    mounts.push(
      { name: 'kafka', mountPath: secretMounts.kafkaPassword, readOnly: true },
      { name: 'kafka-ca', mountPath: secretMounts.kafkaCa, readOnly: true },
      { name: 'registry', mountPath: secretMounts.registry, readOnly: true },
    );
  }
  if (databaseServices.includes(service)) {
    volumes.push({ name: 'database', secret: { secretName: databaseSecretOf(service) } });
    mounts.push({ name: 'database', mountPath: secretMounts.database, readOnly: true });
  }
  if (service === 'privacy' || service === 'datasets') {
    volumes.push({ name: 'service', secret: { secretName: `${service}-secrets` } });
    mounts.push({ name: 'service', mountPath: secretMounts.service, readOnly: true });
  }
  if (service === 'privacy') {
    volumes.push({ name: 'policy', configMap: { name: 'privacy-policy' } });
    mounts.push({ name: 'policy', mountPath: '/etc/usm/privacy', readOnly: true });
  }
  if (service === 'datasets' || service === 'validation') {
    volumes.push({ name: 'artifacts', persistentVolumeClaim: { claimName: releaseArtifactsClaim, readOnly: service === 'validation' } });
    mounts.push({ name: 'artifacts', mountPath: releaseArtifactDir, readOnly: service === 'validation' });
  }
  if (service === 'federation') {
    // Partner CAs and the mm2/partner passwords, gathered into one projected volume; the MirrorMaker 2 resources go to a shared directory.
    const sources = partners.flatMap((p) => [
      { secret: { name: clusterCaSecretOf(p), items: [{ key: 'ca.crt', path: `${p}-ca.crt` }] } },
      { secret: { name: `mm2-${options.city}-at-${p}`, items: [{ key: 'password', path: `mm2-${options.city}-at-${p}` }] } },
      { secret: { name: `partner-${p}`, items: [{ key: 'password', path: `partner-${p}` }] } },
    ]);
    if (sources.length > 0) {
      volumes.push({ name: 'partners', projected: { sources } });
      mounts.push({ name: 'partners', mountPath: secretMounts.partners, readOnly: true });
    }
    volumes.push({ name: 'strimzi', emptyDir: {} });
    mounts.push({ name: 'strimzi', mountPath: '/var/run/usm/strimzi' });
  }
  return { volumes, mounts };
}

/** A service: its ConfigMap (every variable), Deployment (probes on /health/live and /health/ready) and Service. */
export function meshServiceOf(options: KitOptions, service: MeshService): Resource[] {
  const env = serviceEnvOf(service, {
    city: options.city,
    partners: options.partners,
    bootstrap: bootstrapOf(options),
    registryUrl: `http://registry:${registryPort}/apis/ccompat/v7`,
    databaseHost: 'postgres',
    issuer: options.issuer,
    partnerBrokers: options.partnerBrokers,
    serviceUrl: (other) => `http://${other}:${servicePort}`,
    ...(options.otlpEndpoint === undefined ? {} : { otlpEndpoint: options.otlpEndpoint }),
  });
  const { volumes, mounts } = secretVolumes(options, service);
  const probe = (path: string, periodSeconds: number) => ({ httpGet: { path, port: servicePort }, periodSeconds, timeoutSeconds: 3 });
  return [
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(options, `${service}-env`, service), data: env },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(options, service, service),
      spec: {
        replicas: 1,
        selector: { matchLabels: labelsOf(options, service) },
        template: {
          metadata: { labels: labelsOf(options, service), annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(servicePort), 'prometheus.io/path': '/metrics' } },
          spec: {
            containers: [
              {
                name: service,
                image: options.image,
                command: ['node', `dist/apps/${service}/main.js`],
                ports: [{ name: 'http', containerPort: servicePort }],
                envFrom: [{ configMapRef: { name: `${service}-env` } }],
                livenessProbe: probe('/health/live', 20),
                readinessProbe: probe('/health/ready', 5),
                startupProbe: { ...probe('/health/live', 5), failureThreshold: 60 },
                volumeMounts: mounts,
              },
            ],
            volumes,
          },
        },
      },
    },
    serviceOf(options, service, service, servicePort),
  ];
}

/** Out-of-band secrets of the services: registry client secrets, database passwords, service secrets. */
export function serviceSecretsOf(options: KitOptions): Resource[] {
  return [
    externalSecretOf(options, 'registry-clients', [...kafkaServices]),
    ...databaseServices.map((s) => externalSecretOf(options, databaseSecretOf(s), ['password'])),
    externalSecretOf(options, 'privacy-secrets', ['auth-client-secret', 'hmac-secret']),
    externalSecretOf(options, 'datasets-secrets', ['url-signing-secret']),
    ...options.partners.filter((p) => p !== options.city).flatMap((p) => [externalSecretOf(options, `mm2-${options.city}-at-${p}`, ['password']), externalSecretOf(options, clusterCaSecretOf(p), ['ca.crt'])]),
  ];
}

/** The volume of release artifacts the datasets service writes and the validation service reads. */
export function releaseArtifactsOf(options: KitOptions): Resource {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: meta(options, releaseArtifactsClaim, 'datasets'),
    spec: { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '50Gi' } } },
  };
}

/** The privacy policy the privacy service runs with (libs/privacy/policies/default.yaml). */
export function privacyPolicyOf(options: KitOptions): Resource {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(options, 'privacy-policy', 'privacy'), data: { 'policy.yaml': readFileSync(join(workspaceRoot, 'libs/privacy/policies/default.yaml'), 'utf8') } };
}

export { isSecretPath };
