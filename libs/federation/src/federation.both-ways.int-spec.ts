import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topicCatalog } from '@usm/contracts';
import { uniqueName, waitFor } from '@usm/testing';
import type { Kafka } from 'kafkajs';
import { isAlive } from './adapters/mirror-maker/process-control';
import { AgreementStream } from './testing/agreement-events';
import type { FederationTestNode } from './testing/federation-test-node';
import { deleteRunTopics, kafkaOf, prepareCity, publish, publishAgreementEvents, startFederationNode } from './testing/federation-test-node';
import { recordCount } from './testing/remote-records';
import { anonymisedEvent } from './testing/safety-event-fixtures';

const run = uniqueName('fedd');
const prefix = `${run}-`;
const anonymised = `${prefix}${topicCatalog.safetyEventsAnonymised.name}`;
const kafka: Record<'incheon' | 'barcelona', Kafka> = {
  incheon: kafkaOf('incheon', 'admin', 'federation-spec'),
  barcelona: kafkaOf('barcelona', 'admin', 'federation-spec'),
};
const nodes: FederationTestNode[] = [];

async function topicsOf(cluster: Kafka): Promise<string[]> {
  const admin = cluster.admin();
  await admin.connect();
  try {
    return await admin.listTopics();
  } finally {
    await admin.disconnect();
  }
}

beforeAll(async () => {
  for (const [city, partner] of [['incheon', 'barcelona'], ['barcelona', 'incheon']] as const) {
    await prepareCity(city, prefix, [topicCatalog.agreements, topicCatalog.safetyEventsAnonymised]);
    nodes.push(await startFederationNode({ city, partners: [partner], prefix, workDir: mkdtempSync(join(tmpdir(), `fed-${city}-`)), schema: `${run.replace(/-/g, '_')}_${city}` }));
  }
}, 120_000);

afterAll(async () => {
  const pids = nodes.map((node) => node.mirrorMaker.state().pid);
  for (const node of nodes) await node.close();
  for (const pid of pids) if (pid) expect(isAlive(pid)).toBe(false);
  await deleteRunTopics(kafka.incheon, prefix);
  await deleteRunTopics(kafka.barcelona, prefix);
}, 60_000);

describe('incheon and barcelona share with each other at once', () => {
  it('replicates both ways without loops: no <a>.<b>.<topic> topic on either side', async () => {
    for (const [city, partner] of [['incheon', 'barcelona'], ['barcelona', 'incheon']] as const) {
      await publishAgreementEvents(city, prefix, new AgreementStream(`${run}-${city}`, Date.now).inForce(partner, [topicCatalog.safetyEventsAnonymised.name]));
      const events = Array.from({ length: 5 }, (_, n) => anonymisedEvent(city, n));
      await publish(city, anonymised, events.map((value) => ({ key: value.eventId, value })));
    }
    await waitFor(async () => (await recordCount(kafka.barcelona, `incheon.${anonymised}`)) === 5, { timeoutMs: 90_000, intervalMs: 250, description: 'incheon records at barcelona' });
    await waitFor(async () => (await recordCount(kafka.incheon, `barcelona.${anonymised}`)) === 5, { timeoutMs: 90_000, intervalMs: 250, description: 'barcelona records at incheon' });
    // Both MirrorMaker 2 processes have now run past several topic refreshes (5 s): a loop would have shown.
    await waitFor(async () => (await Promise.all(nodes.map((n) => n.status()))).every((s) => s.flows[0]?.topics[0]?.lag.records === 0), { timeoutMs: 30_000, intervalMs: 1_000, description: 'both flows caught up' });
    const looped = [...(await topicsOf(kafka.incheon)), ...(await topicsOf(kafka.barcelona))].filter((t) => /^(incheon\.barcelona|barcelona\.incheon)\./.test(t));
    expect(looped).toEqual([]);
    expect(await recordCount(kafka.incheon, anonymised)).toBe(5);
    expect(await recordCount(kafka.barcelona, anonymised)).toBe(5);
  }, 180_000);
});
