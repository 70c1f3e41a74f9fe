import type { Admin } from 'kafkajs';
import { logLevel } from 'kafkajs';
import type { AclBinding } from '@usm/messaging';
import { aclEntryOf, aclKeyOf, createKafka, serviceAclsOf } from '@usm/messaging';
import { allTopics } from '@usm/contracts';
import { cityStack, kafkaConnectionOf, uniqueName, waitFor } from '@usm/testing';
import { applyTopics } from './apply-topics.command';
import type { Endpoints } from './endpoints';
import { resolveEndpoints } from './endpoints';
import { readAclBindings } from './kafka-acls';
import { readExistingTopics } from './kafka-topics';
import { plannedTopics } from './topic-plan';

const city = cityStack('incheon');
const endpoints: Endpoints = resolveEndpoints({ city: 'incheon' });
const quiet = (): void => undefined;

describe('topics:apply against the incheon node', () => {
  let admin: Admin;
  beforeAll(async () => {
    admin = createKafka({ ...kafkaConnectionOf(city, 'admin', 'contracts-it'), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
  });
  afterAll(() => admin.disconnect());

  it('creates every catalog topic and DLQ with the catalog settings, and a second run changes nothing', async () => {
    const prefix = uniqueName('contracts-topics');
    const first = await applyTopics(endpoints, { prefix }, quiet);
    expect(first.map((c) => c.kind)).toEqual(Array(allTopics().length * 2).fill('create'));

    const planned = plannedTopics(prefix);
    const existing = await readExistingTopics(admin, planned.map((t) => t.name));
    expect(existing.map((t) => ({ name: t.name, partitions: t.partitions, configs: t.configs })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      planned.map((t) => ({ name: t.name, partitions: t.partitions, configs: t.configs })).sort((a, b) => a.name.localeCompare(b.name)),
    );

    const second = await applyTopics(endpoints, { prefix }, quiet);
    expect(second.map((c) => c.kind)).toEqual(Array(allTopics().length * 2).fill('unchanged'));
  });

  it('repairs a drifted retention and grows a topic created with too few partitions', async () => {
    const prefix = uniqueName('contracts-drift');
    const [raw, rawDlq] = plannedTopics(prefix);
    if (!raw || !rawDlq) throw new Error('catalog is empty');
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic: raw.name, numPartitions: 1, replicationFactor: 1, configEntries: [{ name: 'retention.ms', value: '60000' }] },
        { topic: rawDlq.name, numPartitions: 1, replicationFactor: 1, configEntries: [{ name: 'retention.ms', value: '1000' }, { name: 'cleanup.policy', value: 'delete' }] },
      ],
    });

    const changes = await applyTopics(endpoints, { prefix }, quiet);
    const kindsOf = (name: string) => changes.filter((c) => c.topic.name === name).map((c) => c.kind);
    expect(kindsOf(raw.name)).toEqual(['configure', 'add-partitions']);
    expect(kindsOf(rawDlq.name)).toEqual(['configure']);

    // Config and partition changes reach the broker's metadata a moment after the admin calls return.
    const settled = (name: string, partitions: number | undefined, configs: Record<string, string>) =>
      waitFor(async () => {
        const [now] = await readExistingTopics(admin, [name]);
        const configsMatch = Object.entries(configs).every(([key, value]) => now?.configs[key] === value);
        return now !== undefined && configsMatch && (partitions === undefined || now.partitions === partitions) ? now : undefined;
      }, { timeoutMs: 15_000, description: `${name} repaired` });
    await expect(settled(raw.name, raw.partitions, raw.configs)).resolves.toMatchObject({ partitions: raw.partitions, configs: raw.configs });
    await expect(settled(rawDlq.name, undefined, rawDlq.configs)).resolves.toMatchObject({ configs: rawDlq.configs });
  });

  it('keeps the service ACLs as the catalog says: deletes a stale rule of a service, keeps partner rules, and a second run changes nothing', async () => {
    const name = uniqueName('contracts-acl');
    const stale: AclBinding = { principal: 'ingest', resource: 'topic', name, pattern: 'literal', operation: 'read' };
    const partner: AclBinding = { principal: 'partner-barcelona', resource: 'topic', name, pattern: 'literal', operation: 'read' };
    // Converge first: whatever an earlier spec or tool left on the cluster is not this test's business.
    await applyTopics(endpoints, {}, quiet);
    await admin.createAcls({ acl: [stale, partner].map(aclEntryOf) });
    try {
      const first = await applyTopics(endpoints, {}, quiet);
      expect(first.acls?.delete).toEqual([stale]);
      const inForce = (await readAclBindings(admin)).map(aclKeyOf);
      expect(inForce).toContain(aclKeyOf(partner));
      expect(inForce).not.toContain(aclKeyOf(stale));
      expect(inForce).toEqual(expect.arrayContaining(serviceAclsOf(endpoints.acls ?? { city: 'incheon', partners: [] }).map(aclKeyOf)));
      const second = await applyTopics(endpoints, {}, quiet);
      expect([second.acls?.create.length, second.acls?.delete.length]).toEqual([0, 0]);
    } finally {
      await admin.deleteAcls({ filters: [aclEntryOf(partner)] });
    }
  });
});
