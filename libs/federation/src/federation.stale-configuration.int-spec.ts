import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topicCatalog } from '@usm/contracts';
import { uniqueName, waitFor } from '@usm/testing';
import { AgreementStream } from './testing/agreement-events';
import type { FederationTestNode } from './testing/federation-test-node';
import { deleteRunTopicsIn, kafkaOf, prepareCity, publish, publishAgreementEvents, startFederationNode } from './testing/federation-test-node';
import { recordCount } from './testing/remote-records';
import { anonymisedEvent } from './testing/safety-event-fixtures';

const run = uniqueName('fede');
const prefix = `${run}-`;
const anonymised = `${prefix}${topicCatalog.safetyEventsAnonymised.name}`;
const labels = `${prefix}${topicCatalog.safetyLabels.name}`;
const incheonKafka = kafkaOf('incheon', 'admin', 'federation-spec');
const barcelonaKafka = kafkaOf('barcelona', 'admin', 'federation-spec');
let node: FederationTestNode | undefined;

/** MirrorMaker 2 copies bytes; the label records need no schema for what this spec counts. */
async function produceLabels(count: number): Promise<void> {
  const producer = incheonKafka.producer();
  await producer.connect();
  await producer.send({ topic: labels, messages: Array.from({ length: count }, (_, n) => ({ key: `label-${n}`, value: Buffer.from(`opaque-${n}`) })) });
  await producer.disconnect();
}

beforeAll(async () => {
  await prepareCity('incheon', prefix, [topicCatalog.agreements, topicCatalog.safetyEventsAnonymised, topicCatalog.safetyLabels]);
  node = await startFederationNode({ city: 'incheon', partners: ['barcelona'], prefix, workDir: mkdtempSync(join(tmpdir(), 'fed-stale-')), schema: run.replace(/-/g, '_') });
}, 90_000);

afterAll(async () => {
  await node?.close();
  await deleteRunTopicsIn(['incheon', 'barcelona'], prefix);
}, 60_000);

describe('a new plan never runs the configuration of an ended one', () => {
  it('copies nothing of a terminated agreement topic when MirrorMaker 2 restarts for another agreement', async () => {
    const first = new AgreementStream(`${run}-labels`, Date.now);
    await publishAgreementEvents('incheon', prefix, first.inForce('barcelona', [topicCatalog.safetyLabels.name]));
    await produceLabels(5);
    await waitFor(async () => (await recordCount(barcelonaKafka, `incheon.${labels}`)) === 5, { timeoutMs: 60_000, intervalMs: 250, description: 'labels at barcelona' });
    await publishAgreementEvents('incheon', prefix, [first.terminated()]);
    await waitFor(async () => (await node?.status())?.mirrorMaker.status === 'stopped', { timeoutMs: 30_000, description: 'MirrorMaker 2 stopped' });
    await produceLabels(200);

    await publishAgreementEvents('incheon', prefix, new AgreementStream(`${run}-events`, Date.now).inForce('barcelona', [topicCatalog.safetyEventsAnonymised.name]));
    const events = Array.from({ length: 5 }, (_, n) => anonymisedEvent('incheon', n));
    await publish('incheon', anonymised, events.map((value) => ({ key: value.eventId, value })));
    await waitFor(async () => (await recordCount(barcelonaKafka, `incheon.${anonymised}`)) === 5, { timeoutMs: 60_000, intervalMs: 250, description: 'anonymised events at barcelona' });
    // The new process has run its topic refresh (5 s) by the time events arrived; a stale task would have copied labels by then.
    expect(await recordCount(barcelonaKafka, `incheon.${labels}`)).toBe(5);
    const admin = barcelonaKafka.admin();
    await admin.connect();
    const configTopics = (await admin.listTopics()).filter((t) => /^mm2-configs\.incheon\b/.test(t));
    await admin.disconnect();
    expect(configTopics).toHaveLength(1);
  }, 180_000);
});
