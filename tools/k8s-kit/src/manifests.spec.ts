import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AclBinding } from '@usm/messaging';
import { aclKeyOf, serviceAclsOf } from '@usm/messaging';
import { topicCatalog } from '@usm/contracts';
import type { SharingAgreement } from '@usm/federation';
import { cityManifests } from './manifests';
import type { KitOptions, Resource } from './resource';
import { schemaErrorsOf } from './testing/schema-validators';
import { renderManifests } from './write-manifests';

const options: KitOptions = {
  city: 'incheon',
  partners: ['barcelona', 'osaka', 'gwangju'],
  namespace: 'incheon',
  image: 'mesh:test',
  issuer: 'http://keycloak.incheon.svc:8080/realms/incheon',
  partnerBrokers: { barcelona: 'kafka.barcelona.example:9093' },
  kafkaReplicas: 3,
};
const now = Date.parse('2026-12-01T00:00:00Z');
/** The committed example is generated with `--otlp-endpoint` (README of infra/k8s), so the apps' drift specs see OTEL_* too. */
const committedOtlpEndpoint = 'http://otel-collector.observability.svc:4318';
const agreement = (id: string, partner: string, status: SharingAgreement['status'], topics: string[], extra: Partial<SharingAgreement> = {}): SharingAgreement => ({ agreementId: id, partner, partnerKind: 'city', topics, status, ...extra });
const agreements = [
  agreement('a-1', 'barcelona', 'active', [topicCatalog.safetyEventsAnonymised.name]),
  agreement('a-2', 'barcelona', 'active', [topicCatalog.safetyLabels.name]),
  agreement('a-3', 'osaka', 'suspended', [topicCatalog.safetyEventsAnonymised.name]),
  agreement('a-4', 'gwangju', 'active', [topicCatalog.safetyEventsAnonymised.name], { validUntil: now - 1 }),
  agreement('a-5', 'acme', 'active', [topicCatalog.safetyEventsAnonymised.name], { partnerKind: 'company' }),
];
const files = cityManifests(options, agreements, now);
const all = Object.values(files).flat();
const ofKind = (kind: string) => all.filter((r) => r.kind === kind);
type Container = { name: string; env?: { name: string; value?: string; valueFrom?: unknown }[]; livenessProbe?: { httpGet?: { path: string } }; readinessProbe?: { httpGet?: { path: string } } };
const containersOf = (r: Resource): Container[] => ((r['spec'] as { template: { spec: { containers: Container[] } } }).template.spec.containers);

describe('k8s kit: a city node generated from code', () => {
  it('emits every kind it promises', () => {
    expect([...new Set(all.map((r) => r.kind))].sort()).toEqual(['ConfigMap', 'Deployment', 'Kafka', 'KafkaMirrorMaker2', 'KafkaNodePool', 'KafkaTopic', 'KafkaUser', 'Namespace', 'PersistentVolumeClaim', 'Secret', 'Service', 'StatefulSet']);
  });

  it('validates every resource against its kind schema (Kubernetes 1.3x definitions from kubernetes-models, Strimzi 1.2.0 CRDs)', () => {
    const invalid = all.map((r) => ({ resource: `${r.kind}/${r.metadata.name}`, errors: schemaErrorsOf(r) })).filter((r) => r.errors.length > 0);
    expect(invalid).toEqual([]);
  });

  it('has validators that refuse what the schemas forbid (so a passing check means something)', () => {
    const user = ofKind('KafkaUser')[0] as Resource;
    expect(schemaErrorsOf({ ...user, spec: { authentication: { type: 'scram-sha-512' }, authorization: { type: 'simple', acls: [{ resource: { type: 'topic', name: 't', patternType: 'prefixed' }, operations: ['Read'] }] } } })).not.toEqual([]);
    const deployment = ofKind('Deployment')[0] as Resource;
    expect(schemaErrorsOf({ ...deployment, spec: { ...(deployment['spec'] as object), replicas: 'one' } })).not.toEqual([]);
    const topic = ofKind('KafkaTopic')[0] as Resource;
    expect(schemaErrorsOf({ ...topic, spec: { partitions: 0 } })).not.toEqual([]);
  });

  it('runs Kafka in KRaft with node pools, SCRAM-SHA-512 over TLS and the simple authorizer with admin as super user', () => {
    const [kafka] = ofKind('Kafka') as [Resource];
    expect(kafka.metadata.annotations).toMatchObject({ 'strimzi.io/node-pools': 'enabled', 'strimzi.io/kraft': 'enabled' });
    expect(kafka['spec']).toMatchObject({ kafka: { listeners: [{ tls: true, authentication: { type: 'scram-sha-512' } }], authorization: { type: 'simple', superUsers: ['admin'] } } });
    expect(ofKind('KafkaNodePool').flatMap((p) => (p['spec'] as { roles: string[] }).roles).sort()).toEqual(['broker', 'controller']);
  });

  it('creates every catalog topic and its DLQ with the catalog partitions and retention', () => {
    const topics = ofKind('KafkaTopic').map((t) => t['spec'] as { topicName: string; partitions: number; config: Record<string, unknown> });
    const raw = topics.find((t) => t.topicName === topicCatalog.safetyEventsRaw.name);
    expect(raw).toMatchObject({ partitions: topicCatalog.safetyEventsRaw.partitions, config: { 'retention.ms': topicCatalog.safetyEventsRaw.retentionMs } });
    expect(topics.map((t) => t.topicName)).toContain(`${topicCatalog.safetyEventsRaw.name}.dlq`);
    expect(topics).toHaveLength(2 * Object.keys(topicCatalog).length);
  });

  it('gives every KafkaUser exactly the ACLs topics:apply keeps for the city (serviceAclsOf)', () => {
    const operations: Record<string, AclBinding['operation']> = { Read: 'read', Write: 'write', Create: 'create', Delete: 'delete', Alter: 'alter', Describe: 'describe', DescribeConfigs: 'describe-configs', AlterConfigs: 'alter-configs', IdempotentWrite: 'idempotent-write' };
    const types: Record<string, AclBinding['resource']> = { topic: 'topic', group: 'group', transactionalId: 'transactional-id', cluster: 'cluster' };
    type Acl = { resource: { type: string; name?: string; patternType?: string }; operations: string[] };
    const fromUsers = ofKind('KafkaUser').flatMap((user) =>
      (((user['spec'] as { authorization?: { acls: Acl[] } }).authorization?.acls ?? []) as Acl[]).flatMap((acl) =>
        acl.operations.map((op): AclBinding => ({
          principal: user.metadata.name,
          resource: types[acl.resource.type] as AclBinding['resource'],
          name: acl.resource.type === 'cluster' ? 'kafka-cluster' : (acl.resource.name ?? ''),
          pattern: acl.resource.patternType === 'prefix' ? 'prefixed' : 'literal',
          operation: operations[op] as AclBinding['operation'],
        })),
      ),
    );
    const wanted = serviceAclsOf({ city: 'incheon', partners: options.partners });
    expect(new Set(fromUsers.map(aclKeyOf))).toEqual(new Set(wanted.map(aclKeyOf)));
    expect(ofKind('KafkaUser').map((u) => u.metadata.name)).toEqual(expect.arrayContaining(['partner-barcelona', 'partner-osaka', 'mm2-barcelona']));
  });

  it('makes MirrorMaker 2 resources for active city agreements in force only, carrying exactly their topics and followers', () => {
    const mirrors = ofKind('KafkaMirrorMaker2');
    expect(mirrors.map((m) => m.metadata.name)).toEqual(['incheon-to-barcelona']);
    const pattern = (mirrors[0]?.['spec'] as { mirrors: { topicsPattern: string }[] }).mirrors[0]?.topicsPattern ?? '';
    const re = new RegExp(`^(?:${pattern})$`);
    const shareable = Object.values(topicCatalog).filter((t) => t.shareable).map((t) => t.name);
    const followers = Object.values(topicCatalog).filter((t) => 'followsTopic' in t && t.followsTopic === topicCatalog.safetyEventsAnonymised.name).map((t) => t.name);
    expect(shareable.filter((t) => re.test(t)).sort()).toEqual([topicCatalog.safetyEventsAnonymised.name, topicCatalog.safetyLabels.name, ...followers].sort());
    expect(Object.values(topicCatalog).filter((t) => !t.shareable).some((t) => re.test(t.name))).toBe(false);
    expect(cityManifests(options, [], now)['13-mirror-makers.yaml']).toEqual([]);
  });

  it('gives every Deployment a liveness probe on /health/live and a readiness probe on /health/ready', () => {
    const deployments = ofKind('Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(['consent', 'console', 'datasets', 'federation', 'ingest', 'labels', 'privacy', 'registry', 'sites', 'validation']);
    for (const container of deployments.flatMap(containersOf)) {
      expect([container.name, container.livenessProbe?.httpGet?.path, container.readinessProbe?.httpGet?.path]).toEqual([container.name, '/health/live', '/health/ready']);
    }
  });

  it('holds no secret value inline: Secrets name their keys only, secret variables are files or secret references', () => {
    for (const secret of ofKind('Secret')) expect([secret.metadata.name, secret['data'], secret['stringData']]).toEqual([secret.metadata.name, undefined, undefined]);
    const secretName = /PASSWORD$|SECRET$|TOKEN$|_KEY$/;
    const configMapKeys = ofKind('ConfigMap').flatMap((c) => Object.keys((c['data'] as Record<string, string> | undefined) ?? {}));
    expect(configMapKeys.filter((k) => secretName.test(k))).toEqual([]);
    const inline = all.flatMap((r) => (['Deployment', 'StatefulSet'].includes(r.kind) ? containersOf(r) : [])).flatMap((c) => c.env ?? []).filter((e) => secretName.test(e.name) && e.value !== undefined);
    expect(inline).toEqual([]);
  });

  it('is what infra/k8s/generated/incheon holds (regenerate with npm run k8s:generate when this fails)', () => {
    const committed = cityManifests({ ...options, partners: ['barcelona'], partnerBrokers: {}, image: 'ghcr.io/urban-safety-mesh/mesh:0.1.0', otlpEndpoint: committedOtlpEndpoint }, [], now);
    for (const [name, resources] of Object.entries(committed)) {
      expect(readFileSync(join(__dirname, '../../../infra/k8s/generated/incheon', name), 'utf8')).toBe(renderManifests(resources));
    }
  });
});
