import { consoleConfigOf } from './console';
import { cityManifests } from './manifests';
import type { KitOptions, Resource } from './resource';
import { tracedServices } from './service-env';

const options: KitOptions = {
  city: 'gwangju',
  partners: ['incheon'],
  namespace: 'mesh-gwangju',
  image: 'mesh:test',
  issuer: 'http://keycloak.mesh-gwangju.svc:8080/realms/gwangju',
  partnerBrokers: {},
  kafkaReplicas: 1,
};
const all = (o: KitOptions) => Object.values(cityManifests(o, [], 0)).flat();
const configMap = (resources: Resource[], name: string) => (resources.find((r) => r.kind === 'ConfigMap' && r.metadata.name === name)?.['data'] ?? {}) as Record<string, string>;
type Volume = { name: string; persistentVolumeClaim?: { claimName: string; readOnly?: boolean }; secret?: { secretName: string } };
const volumesOf = (resources: Resource[], name: string): Volume[] =>
  ((resources.find((r) => r.kind === 'Deployment' && r.metadata.name === name)?.['spec'] as { template: { spec: { volumes: Volume[] } } }).template.spec.volumes);

describe('k8s kit: labels, sites, validation and the console', () => {
  const resources = all(options);

  it('gives sites its database and token settings only: no Kafka principal, no registry client', () => {
    const env = configMap(resources, 'sites-env');
    expect(env).toMatchObject({ MESH_CITY: 'gwangju', SITES_PORT: '8080', DATABASE_URL: 'postgres://mesh_gwangju_sites@postgres:5432/mesh_gwangju' });
    expect(Object.keys(env).filter((k) => /^(KAFKA|SCHEMA_REGISTRY)_/.test(k))).toEqual([]);
    expect(volumesOf(resources, 'sites').map((v) => v.name)).toEqual(['database']);
  });

  it('links validation to the datasets service and labels to validation, inside the namespace', () => {
    expect(configMap(resources, 'validation-env')).toMatchObject({ VALIDATION_DATASETS_URL: 'http://datasets:8080', KAFKA_SASL_USERNAME: 'validation', SCHEMA_REGISTRY_CLIENT_ID: 'registry-validation' });
    expect(configMap(resources, 'labels-env')).toMatchObject({ LABELS_VALIDATION_URL: 'http://validation:8080', KAFKA_SASL_USERNAME: 'labels' });
  });

  it('shares the release artifacts: datasets writes the claim, validation mounts it read-only at the directory it reads', () => {
    expect(resources.find((r) => r.kind === 'PersistentVolumeClaim')?.['spec']).toMatchObject({ accessModes: ['ReadWriteMany'] });
    expect(volumesOf(resources, 'datasets').find((v) => v.name === 'artifacts')?.persistentVolumeClaim).toEqual({ claimName: 'datasets-artifacts', readOnly: false });
    expect(volumesOf(resources, 'validation').find((v) => v.name === 'artifacts')?.persistentVolumeClaim).toEqual({ claimName: 'datasets-artifacts', readOnly: true });
    expect(configMap(resources, 'validation-env')['VALIDATION_RELEASE_ARTIFACT_DIR']).toBe(configMap(resources, 'datasets-env')['DATASETS_ARTIFACT_DIR']);
  });

  it('creates a database secret and role for every service with a database, the registry secret for every Kafka service', () => {
    const secrets = resources.filter((r) => r.kind === 'Secret');
    expect(secrets.filter((s) => s.metadata.name.startsWith('db-')).map((s) => s.metadata.name).sort()).toEqual(['db-consent', 'db-datasets', 'db-federation', 'db-ingest', 'db-labels', 'db-sites', 'db-validation']);
    expect(secrets.find((s) => s.metadata.name === 'registry-clients')?.metadata.annotations?.['usm.keys']).toBe('ingest,privacy,consent,federation,datasets,validation,labels');
  });

  it('sets OTEL_EXPORTER_OTLP_ENDPOINT on the traced services only, and only when asked', () => {
    const traced = all({ ...options, otlpEndpoint: 'http://collector:4318' });
    const withEndpoint = traced.filter((r) => r.kind === 'ConfigMap' && 'OTEL_EXPORTER_OTLP_ENDPOINT' in ((r['data'] as object | undefined) ?? {})).map((r) => r.metadata.name.replace(/-env$/, ''));
    expect(withEndpoint.sort()).toEqual([...tracedServices].sort());
    expect(configMap(traced, 'ingest-env')['OTEL_EXPORTER_OTLP_ENDPOINT']).toBe('http://collector:4318');
    expect(resources.some((r) => r.kind === 'ConfigMap' && JSON.stringify(r['data'] ?? {}).includes('OTEL_'))).toBe(false);
  });

  it('configures the console over this city: sign-in on its realm, every service URL, the anonymised topic read as datasets', () => {
    const config = consoleConfigOf(options) as { signIn: { issuer: string }; cities: { city: string; services: Record<string, string>; events: { security: { username: string }; groupPrefix: string } }[] };
    expect(config.signIn.issuer).toBe(options.issuer);
    expect(config.cities.map((c) => c.city)).toEqual(['gwangju']);
    expect(Object.keys(config.cities[0]?.services ?? {}).sort()).toEqual(['consent', 'datasets', 'federation', 'ingest', 'privacyMetrics', 'sites', 'validation']);
    expect(config.cities[0]?.events).toMatchObject({ security: { username: 'datasets' }, groupPrefix: 'gwangju-datasets-console' });
    expect(JSON.parse(configMap(resources, 'console-config')['console.json'] ?? '{}')).toEqual(config);
    expect(volumesOf(resources, 'console').find((v) => v.name === 'kafka')?.secret?.secretName).toBe('datasets');
  });
});
