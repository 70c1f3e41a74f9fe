import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnonymisedSafetyEvent } from '@usm/contracts';
import { topicCatalog } from '@usm/contracts';
import { createFederatedDeserializer } from '@usm/messaging';
import { cityStack, registryCredentialsOf, uniqueName, waitFor } from '@usm/testing';
import { AgreementStream } from './testing/agreement-events';
import { scanCluster } from './testing/cluster-scan';
import type { FederationTestNode } from './testing/federation-test-node';
import { deleteRunTopicsIn, kafkaOf, preparePrivacyFlow, publish, publishAgreementEvents, startFederationNode } from './testing/federation-test-node';
import { startPrivacyService } from './testing/privacy-service';
import { RemoteRecords, topicExists } from './testing/remote-records';
import { plantedIdentifiers, plantedRawEvent } from './testing/safety-event-fixtures';

const run = uniqueName('fedp');
const prefix = `${run}-`;
const raw = `${prefix}${topicCatalog.safetyEventsRaw.name}`;
const anonymised = `${prefix}${topicCatalog.safetyEventsAnonymised.name}`;
const remote = `incheon.${anonymised}`;
const incheon = cityStack('incheon');
const barcelona = cityStack('barcelona');
const barcelonaKafka = kafkaOf('barcelona', 'admin', 'federation-spec');
const planted = plantedIdentifiers(run);
let privacy: { stop(): Promise<void> } | undefined;
let node: FederationTestNode | undefined;
let records: RemoteRecords<AnonymisedSafetyEvent> | undefined;

beforeAll(async () => {
  await preparePrivacyFlow('incheon', prefix);
  privacy = await startPrivacyService(incheon, { raw, anonymised }, run);
  node = await startFederationNode({ city: 'incheon', partners: ['barcelona'], prefix, workDir: mkdtempSync(join(tmpdir(), 'fed-privacy-')), schema: run.replace(/-/g, '_') });
}, 180_000);

afterAll(async () => {
  await records?.stop();
  await node?.close();
  await privacy?.stop();
  await deleteRunTopicsIn(['incheon', 'barcelona'], prefix);
}, 90_000);

describe('raw events through the real privacy service, then MirrorMaker 2 to barcelona', () => {
  it('delivers the anonymised events, pseudonymised, and nothing identifying anywhere in barcelona', async () => {
    await publishAgreementEvents('incheon', prefix, new AgreementStream(`${run}-agr`, Date.now).inForce('barcelona', [topicCatalog.safetyEventsAnonymised.name]));
    const events = Array.from({ length: 10 }, () => ({ ...plantedRawEvent('incheon', planted), description: null, source: { systemId: 'call-centre-1', kind: 'emergencyCall' as const, legalBasis: 'pseudonymisedResearch' as const } }));
    await publish('incheon', raw, events.map((value) => ({ key: value.eventId, value })));
    records = new RemoteRecords(barcelonaKafka, createFederatedDeserializer({
      local: barcelona.registry.url,
      partners: { incheon: incheon.registry.url },
      localCredentials: registryCredentialsOf(barcelona, 'registry-federation'),
      // Barcelona reads Incheon's registry as the partner client Incheon's realm issued it.
      partnerCredentials: { incheon: registryCredentialsOf(incheon, 'partner-barcelona') },
    }));
    await waitFor(() => topicExists(barcelonaKafka, remote), { timeoutMs: 90_000, description: `${remote} on barcelona` });
    await records.start([remote]);
    await waitFor(() => (records?.from(remote).length ?? 0) >= 10, { timeoutMs: 90_000, description: '10 anonymised events at barcelona' });
    const received = records.from(remote);
    expect(new Set(received.map((r) => r.value.eventId))).toEqual(new Set(events.map((e) => e.eventId)));
    expect(received.every((r) => r.originCity === 'incheon' && r.value.reporterPseudonym !== null && r.value.reporterPseudonym !== planted.name)).toBe(true);
    const scan = await scanCluster(barcelonaKafka, Object.values(planted));
    expect(scan.topics.filter((t) => t.includes(topicCatalog.safetyEventsRaw.name) && t.startsWith('incheon.'))).toEqual([]);
    expect(scan.hits).toEqual([]);
    const lag = (await node?.status())?.flows[0]?.topics[0]?.lag;
    // The privacy service writes in transactions; their commit markers count in the source end offsets only.
    process.stdout.write(`measured: records lag after the privacy pipeline ${lag?.records} (transaction markers), scanned ${scan.records} records in ${scan.topics.length} topics\n`);
  }, 240_000);
});
