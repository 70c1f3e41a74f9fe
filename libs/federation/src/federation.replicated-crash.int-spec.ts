import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawSafetyEvent } from '@usm/contracts';
import { topicCatalog } from '@usm/contracts';
import { cityStack, uniqueName, waitFor } from '@usm/testing';
import { AgreementStream } from './testing/agreement-events';
import type { FederationTestNode } from './testing/federation-test-node';
import { deleteRunTopicsIn, kafkaOf, preparePrivacyFlow, publish, publishAgreementEvents, startFederationNode } from './testing/federation-test-node';
import type { RunningPrivacyService } from './testing/privacy-service';
import { holdingLine } from './testing/hold-transaction-open.preload';
import { startPrivacyService } from './testing/privacy-service';
import { duplicatesOf, readKeys } from './testing/read-keys';
import { recordCount, topicExists } from './testing/remote-records';
import { shareableRawEvent } from './testing/safety-event-fixtures';

const run = uniqueName('fedcrash');
const prefix = `${run}-`;
const raw = `${prefix}${topicCatalog.safetyEventsRaw.name}`;
const anonymised = `${prefix}${topicCatalog.safetyEventsAnonymised.name}`;
const remote = `incheon.${anonymised}`;
const incheon = cityStack('incheon');
const incheonKafka = kafkaOf('incheon', 'admin', 'federation-crash-spec');
const barcelonaKafka = kafkaOf('barcelona', 'admin', 'federation-crash-spec');
// Small transactions and a short session: the service is nearly always inside one, and a restart rejoins fast.
const serviceEnv = { PRIVACY_MAX_CHUNK_RECORDS: '20', PRIVACY_SESSION_TIMEOUT_MS: '6000', PRIVACY_HEARTBEAT_INTERVAL_MS: '1000', USM_PRIVACY_HMAC_SECRET: randomBytes(32).toString('base64url') };
const sliceSize = 150;
const kills = 3;
const holdPreload = join(__dirname, 'testing', 'hold-transaction-open.preload.ts');
let node: FederationTestNode | undefined;
let privacy: RunningPrivacyService | undefined;

/** Raw records the privacy group has committed, and the raw topic's end, summed over partitions. */
async function rawProgress(): Promise<{ committed: number; end: number }> {
  const admin = incheonKafka.admin();
  await admin.connect();
  try {
    const [offsets] = await admin.fetchOffsets({ groupId: `${run}-privacy`, topics: [raw] });
    const committed = (offsets?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
    const end = (await admin.fetchTopicOffsets(raw)).reduce((sum, p) => sum + Number(p.high), 0);
    return { committed, end };
  } finally {
    await admin.disconnect();
  }
}

async function produce(events: readonly RawSafetyEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += 20) await publish('incheon', raw, events.slice(start, start + 20).map((value) => ({ key: value.eventId, value })));
}

/** Records on the source anonymised topic that only a read_uncommitted reader sees: open or aborted transactions. */
async function uncommittedRecords(): Promise<number> {
  const [all, committed] = await Promise.all([readKeys(incheonKafka, anonymised, { readUncommitted: true, quietMs: 1_500 }), readKeys(incheonKafka, anonymised, { readUncommitted: false, quietMs: 1_500 })]);
  return all.length - committed.length;
}

beforeAll(async () => {
  await preparePrivacyFlow('incheon', prefix);
  node = await startFederationNode({ city: 'incheon', partners: ['barcelona'], prefix, workDir: mkdtempSync(join(tmpdir(), 'fed-crash-')), schema: run.replace(/-/g, '_') });
  await publishAgreementEvents('incheon', prefix, new AgreementStream(`${run}-agr`, Date.now).inForce('barcelona', [topicCatalog.safetyEventsAnonymised.name]));
  await waitFor(() => topicExists(barcelonaKafka, remote), { timeoutMs: 90_000, description: `${remote} on barcelona (MirrorMaker 2 replicating)` });
}, 240_000);

afterAll(async () => {
  await privacy?.kill();
  await node?.close();
  await deleteRunTopicsIn(['incheon', 'barcelona'], prefix);
}, 90_000);

describe('privacy service SIGKILLed inside open transactions while MirrorMaker 2 replicates incheon -> barcelona', () => {
  it('leaves the partner exactly the committed records: each event once, none of an aborted transaction', async () => {
    const produced: RawSafetyEvent[] = [];
    const openAtKill: number[] = [];
    // Records of earlier, aborted transactions stay visible to read_uncommitted: count only the new ones.
    let uncommittedSoFar = 0;
    for (let kill = 0; kill < kills; kill += 1) {
      // The (2 + kill)-th commit of this incarnation never completes: its records sit on the log, uncommitted.
      privacy = await startPrivacyService(incheon, { raw, anonymised }, run, { ...serviceEnv, USM_SPEC_HOLD_COMMIT_AFTER: String(2 + kill) }, [holdPreload]);
      const slice = Array.from({ length: sliceSize }, () => shareableRawEvent('incheon', Date.now()));
      produced.push(...slice);
      const feeding = produce(slice);
      await privacy.printed(holdingLine);
      const uncommitted = await uncommittedRecords();
      openAtKill.push(uncommitted - uncommittedSoFar);
      uncommittedSoFar = uncommitted;
      await privacy.kill();
      await feeding;
    }
    privacy = await startPrivacyService(incheon, { raw, anonymised }, run, serviceEnv);
    const tail = Array.from({ length: sliceSize }, () => shareableRawEvent('incheon', Date.now()));
    produced.push(...tail);
    await produce(tail);
    await waitFor(async () => {
      const { committed, end } = await rawProgress();
      return committed === end;
    }, { timeoutMs: 120_000, intervalMs: 250, description: 'the privacy service to commit the whole raw topic' });
    await privacy.stop();

    const sourceCommitted = await readKeys(incheonKafka, anonymised, { readUncommitted: false });
    const sourceAll = await readKeys(incheonKafka, anonymised, { readUncommitted: true });
    await waitFor(async () => (await recordCount(barcelonaKafka, remote)) >= sourceCommitted.length, { timeoutMs: 120_000, intervalMs: 500, description: 'barcelona to catch up' });
    const partnerCommitted = await readKeys(barcelonaKafka, remote, { readUncommitted: false });
    const partnerAll = await readKeys(barcelonaKafka, remote, { readUncommitted: true });
    process.stdout.write(`replicated crash: ${kills} kills with ${JSON.stringify(openAtKill)} records in the open transaction; source ${sourceCommitted.length} committed + ${sourceAll.length - sourceCommitted.length} aborted records; partner ${partnerAll.length} records\n`);

    // Each kill landed inside an open transaction that had already written records: what a read_uncommitted MirrorMaker would copy.
    expect(openAtKill.every((open) => open > 0)).toBe(true);
    expect(sourceAll.length).toBeGreaterThan(sourceCommitted.length);
    expect(duplicatesOf(sourceCommitted)).toEqual([]);
    expect(new Set(sourceCommitted)).toEqual(new Set(produced.map((e) => e.eventId)));
    // Even a read_uncommitted reader at the partner sees exactly the committed records, each once.
    expect(duplicatesOf(partnerAll)).toEqual([]);
    expect([...partnerAll].sort()).toEqual([...sourceCommitted].sort());
    expect([...partnerCommitted].sort()).toEqual([...sourceCommitted].sort());
  }, 600_000);
});
