import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dlqTopicOf, topicCatalog } from '@usm/contracts';
import { cityStack, uniqueName, waitFor } from '@usm/testing';
import { AgreementStream } from './testing/agreement-events';
import type { ScanHit } from './testing/cluster-scan';
import { scanTopics } from './testing/cluster-scan';
import { crossBorderCorpus, plantedMatcher } from './testing/cross-border-corpus';
import type { FederationTestNode } from './testing/federation-test-node';
import { deleteRunTopicsIn, kafkaOf, preparePrivacyFlow, publish, publishAgreementEvents, startFederationNode } from './testing/federation-test-node';
import { plantedRawEvents } from './testing/planted-raw-events';
import type { RunningPrivacyService } from './testing/privacy-service';
import { startPrivacyService } from './testing/privacy-service';
import { readKeys } from './testing/read-keys';
import { recordCount, topicExists } from './testing/remote-records';

const run = uniqueName('fedleak');
const prefix = `${run}-`;
const raw = `${prefix}${topicCatalog.safetyEventsRaw.name}`;
const anonymised = `${prefix}${topicCatalog.safetyEventsAnonymised.name}`;
const remote = `incheon.${anonymised}`;
const incheon = cityStack('incheon');
const incheonKafka = kafkaOf('incheon', 'admin', 'federation-leak-spec');
const barcelonaKafka = kafkaOf('barcelona', 'admin', 'federation-leak-spec');
const planted = crossBorderCorpus(20_261_204);
// Hits are reported by kind and index, never by value.
const labels = planted.map((p, index) => `${p.kind}#${index}`);
const match = plantedMatcher(planted);
const shareableTopicsOfRun = new Set(Object.values(topicCatalog).filter((t) => t.shareable).map((t) => `${prefix}${t.name}`));
/** What MirrorMaker 2 writes on the partner: remote topics and its own internal ones. Everything else there is the partner's own data. */
const writtenByReplication = (topic: string) => topic.startsWith('incheon.') || topic.startsWith('mm2-') || topic.includes(run) || topic === 'heartbeats';
let node: FederationTestNode | undefined;
let privacy: RunningPrivacyService | undefined;

beforeAll(async () => {
  await preparePrivacyFlow('incheon', prefix);
  node = await startFederationNode({ city: 'incheon', partners: ['barcelona'], prefix, workDir: mkdtempSync(join(tmpdir(), 'fed-leak-')), schema: run.replace(/-/g, '_') });
  await publishAgreementEvents('incheon', prefix, new AgreementStream(`${run}-agr`, Date.now).inForce('barcelona', [topicCatalog.safetyEventsAnonymised.name]));
  await waitFor(() => topicExists(barcelonaKafka, remote), { timeoutMs: 90_000, description: `${remote} on barcelona` });
  privacy = await startPrivacyService(incheon, { raw, anonymised }, run);
}, 240_000);

afterAll(async () => {
  await privacy?.stop();
  await node?.close();
  await deleteRunTopicsIn(['incheon', 'barcelona'], prefix);
}, 90_000);

describe('a multilingual corpus of identifiers in every string field, produced straight to Kafka, after privacy and MirrorMaker 2', () => {
  it('never reaches the partner, nor the source city shareable topics; the quarantine never crosses', async () => {
    const planting = plantedRawEvents('incheon', planted, Date.now());
    // Straight to the raw topic with the registry's schema, as an integrator's system would: no ingest in between.
    await publish('incheon', raw, planting.map(({ event }) => ({ key: event.eventId, value: event })));
    await waitFor(() => rawCommitted(), { timeoutMs: 180_000, intervalMs: 500, description: 'the privacy service to commit the whole raw topic' });
    const shared = await readKeys(incheonKafka, anonymised, { readUncommitted: false });
    await waitFor(async () => (await recordCount(barcelonaKafka, remote)) >= shared.length, { timeoutMs: 120_000, intervalMs: 500, description: 'barcelona to catch up' });

    const fieldOf = new Map(planting.map(({ field, event }) => [event.eventId, field]));
    const where = (hits: readonly ScanHit[]) => hits.map((hit) => ({ topic: hit.topic, needle: hit.needle, plantedIn: fieldOf.get(hit.key ?? '') ?? 'another record' }));
    const partner = await scanTopics(barcelonaKafka, { needles: labels, match });
    const source = await scanTopics(incheonKafka, { needles: labels, match, include: (topic) => shareableTopicsOfRun.has(topic) });
    // The control: the same scan finds every planted value in the raw topic, so a clean result means absent, not missed.
    const control = await scanTopics(incheonKafka, { needles: labels, match, include: (topic) => topic === raw });
    await report(planting.map(({ event }) => event.eventId), shared.length, partner.hits.filter((hit) => !writtenByReplication(hit.topic)).length);

    // The proof is not vacuous: events crossed, and they were scanned there.
    expect(shared.length).toBeGreaterThan(0);
    expect(partner.topics).toContain(remote);
    expect(source.topics).toContain(anonymised);
    expect(new Set(control.hits.map((hit) => hit.needle))).toEqual(new Set(labels));
    // One assertion for both sides, so a failure shows every leak at once.
    expect({ partner: where(partner.hits.filter((hit) => writtenByReplication(hit.topic))), sourceShareable: where(source.hits) }).toEqual({ partner: [], sourceShareable: [] });
    const crossed = partner.topics.filter((topic) => topic.startsWith('incheon.'));
    expect(crossed.filter((topic) => topic.includes(topicCatalog.safetyEventsQuarantine.name) || topic.includes(topicCatalog.safetyEventsRaw.name))).toEqual([]);
  }, 600_000);
});

async function rawCommitted(): Promise<boolean> {
  const admin = incheonKafka.admin();
  await admin.connect();
  try {
    const [offsets] = await admin.fetchOffsets({ groupId: `${run}-privacy`, topics: [raw] });
    const ends = await admin.fetchTopicOffsets(raw);
    return ends.every(({ partition, high }) => high === '0' || offsets?.partitions.find((p) => p.partition === partition)?.offset === high);
  } finally {
    await admin.disconnect();
  }
}

/** Where the planted events went: shared, quarantined (the catalog's local quarantine topic), dead-lettered, or kept local. */
async function report(eventIds: readonly string[], shared: number, localHits: number): Promise<void> {
  const ids = new Set(eventIds);
  const quarantined = (await readKeys(incheonKafka, topicCatalog.safetyEventsQuarantine.name, { readUncommitted: false })).filter((key) => ids.has(key)).length;
  const deadLettered = await recordCount(incheonKafka, dlqTopicOf(raw));
  process.stdout.write(
    `cross-border leak: ${planted.length} identifiers x ${eventIds.length / planted.length} fields = ${eventIds.length} events; shared ${shared}, quarantined ${quarantined}, ` +
      `dead-lettered ${deadLettered}, kept local ${eventIds.length - shared - quarantined - deadLettered}; hits in the partner's own local topics (not replicated): ${localHits}\n`,
  );
}
