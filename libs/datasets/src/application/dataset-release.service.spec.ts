import type { ReleaseFile } from '../domain/release/release-facts';
import type { DatasetDefinition } from '../domain/definition/dataset-definition';
import type { SourceEvent } from '../domain/rows/source-event';
import { InMemoryReleaseIndex, InMemoryReleaseRecords } from '../testing/in-memory-release-stores';
import { DatasetReleaseService } from './dataset-release.service';
import type { BuiltRows, RefusedRows, ReleaseArtifacts, RowsBuilder } from './pipeline.ports';
import type { ReleaseEventPublisher } from './ports';
import type { ReleaseLedger } from './release-ledger.port';
import type { AnonymityFigures, ReleaseRecord } from './release-record';
import type { SnapshotReader } from './snapshot-reader.port';

const definition = {
  definitionId: 'school-zone', title: 'School zone', purpose: 'aiTraining',
  sources: { events: ['safety.events.anonymised.v1', 'incheon.safety.events.anonymised.v1'], labels: [] }, filters: {},
  quasiIdentifiers: ['h3Cell', 'timeBucket'], sensitiveColumn: 'subCategory', k: 5, l: 2, maxSuppression: 0.05,
  splits: { train: 0.8, validation: 0.1, test: 0.1, seed: 'seed-of-the-spec-0001', stratifyBy: 'category' }, formats: ['parquet'],
  usage: { licence: 'CC-BY-4.0', terms: 't', accessRights: 'restricted' }, pseudonyms: 'drop',
} as unknown as DatasetDefinition;
const event = (city: string, n: number, reporter: string | null): SourceEvent =>
  ({ position: { city, topic: city === 'barcelona' ? 'safety.events.anonymised.v1' : 'incheon.safety.events.anonymised.v1', partition: 0, offset: String(n) }, eventId: `${city}-${n}`, city, reporterPseudonym: reporter, policyVersion: 'p1', occurredAtBucketStart: 0, bucketWidthMinutes: 15 }) as SourceEvent;
const events = [event('barcelona', 0, 'rp-1'), event('barcelona', 1, 'rp-2'), event('incheon', 0, 'rp-9'), event('barcelona', 2, null)];
const figures: AnonymityFigures = { k: 5, l: 2, input: 4, released: 3, suppressed: 1, suppressionRate: 0.25, informationLoss: 0.1, generalisation: {} };
const file = (path: string): ReleaseFile => ({ path, sha256: path.padEnd(64, '0'), sizeBytes: 1, format: 'parquet', split: null, recordCount: 0 });

/** `retracted` may grow while a build runs (`onWrite` runs as the data files are written). */
function harness(rows: RowsBuilder, retracted: Set<string> = new Set(['incheon-0']), onWrite: () => void = () => undefined) {
  const calls: string[] = [];
  const published: ReleaseRecord[] = [];
  const withdrawn: ReleaseRecord[] = [];
  const seenExcluded: ReadonlySet<string>[] = [];
  const ledger: ReleaseLedger = {
    defineDataset: async () => ({ version: 1 }),
    definitionOf: async (id) => (id === 'school-zone' ? { definition, version: 3 } : undefined),
    requestRelease: async (id) => void calls.push(`request ${id}`),
    recordBuilt: async (id) => void calls.push(`built ${id}`),
    refuse: async (id, reason) => void calls.push(`refuse ${id} ${reason}`),
    publish: async (id) => void calls.push(`publish ${id}`),
    withdraw: async (id, reason, by) => void calls.push(`withdraw ${id} ${reason} ${by ?? '-'}`),
    markSuperseded: async (id, by) => void calls.push(`supersede ${id} by ${by}`),
  };
  const reader: SnapshotReader = {
    fix: async (topics) => ({ partitions: topics.map((t) => ({ city: t.topic.startsWith('incheon.') ? 'incheon' : 'barcelona', topic: t.topic, partition: 0, start: '0', end: '3' })) }),
    read: async (_s, _t, progress) => (progress({ phase: 'reading', partitions: [], recordsRead: events.length, elapsedMs: 1, etaMs: 0 }), { events, labels: [] }),
  };
  const written: (readonly string[])[] = [];
  const artifacts: ReleaseArtifacts = {
    writeData: async (input) => (written.push(input.lineage.map((l) => l.event.eventId)), onWrite(), [file('train.parquet'), file('lineage.jsonl')]),
    writeMetadata: async () => [file('croissant.json')],
  };
  const publisher: ReleaseEventPublisher = { published: async (r) => void published.push(r), withdrawn: async (r) => void withdrawn.push(r) };
  const index = new InMemoryReleaseIndex();
  let n = 0;
  const service = new DatasetReleaseService({
    city: 'barcelona', topicPrefix: '', ledger, records: new InMemoryReleaseRecords(), index, reader, publisher, artifacts,
    rows: { build: (d, e, l, excluded) => (seenExcluded.push(excluded), rows.build(d, e, l, excluded)) },
    retracted: { retractedAmong: async (ids) => new Set(ids.filter((id) => retracted.has(id))) },
    clock: { now: () => new Date(1_000) }, ids: { newId: () => `rel-${++n}` },
  });
  return { service, calls, published, withdrawn, index, seenExcluded, written };
}

const report = {} as BuiltRows['report'];
const builds: RowsBuilder = { build: (): BuiltRows => ({ ok: true, rows: [], lineage: [], anonymity: figures, report, releasedEventIds: ['barcelona-0', 'barcelona-1', 'barcelona-2'], labelledRows: { human: 0, model: 0, rule: 0 } }) };
const refuses: RowsBuilder = { build: (): RefusedRows => ({ ok: false, best: { ...figures, k: 2 }, report, reasonCode: 'targetsUnreachable', reason: 'k and l cannot be reached' }) };

describe('DatasetReleaseService', () => {
  it('builds a release through snapshot, rows and files, indexes its events and own-city subjects, then publishes it', async () => {
    const h = harness(builds);
    const id = await h.service.build('school-zone', { actor: 'steward-1', excludedEventIds: new Set(['barcelona-9']) });
    const release = await h.service.settled(id);
    expect(release).toMatchObject({ status: 'published', version: '1.0.0', definitionVersion: 3, anonymity: figures, publishedAt: 1_000, excludedEvents: 1, targets: { k: 5, l: 2 } });
    expect(release.files.map((f) => f.path)).toEqual(['train.parquet', 'lineage.jsonl', 'croissant.json']);
    expect(h.calls).toEqual(['request rel-1', 'built rel-1', 'publish rel-1']);
    expect([...(h.seenExcluded[0] ?? [])].sort()).toEqual(['barcelona-9', 'incheon-0']);
    expect(h.published.map((r) => r.releaseId)).toEqual(['rel-1']);
    expect(await h.service.releasesHoldingEvents(['barcelona-1', 'nobody'])).toEqual(['rel-1']);
    expect(await h.service.eventsOfSubjects(['rp-1', 'rp-9'])).toEqual(['barcelona-0']);
    expect((await h.service.get(id))?.progress?.phase).toBe('done');
  });

  it('refuses with the best figures when the targets are unreachable, and publishes nothing', async () => {
    const h = harness(refuses);
    const release = await h.service.settled(await h.service.build('school-zone', { actor: 'steward-1' }));
    expect(release).toMatchObject({ status: 'refused', problem: 'k and l cannot be reached', anonymity: { k: 2 }, files: [] });
    expect(h.calls).toEqual(['request rel-1', 'refuse rel-1 targetsUnreachable']);
    expect(h.published).toEqual([]);
  });

  it('supersedes: the new release reuses the old snapshot, and once published the old one is marked superseded and withdrawn on the topic', async () => {
    const h = harness(builds);
    const old = await h.service.settled(await h.service.build('school-zone', { actor: 'a' }));
    await h.service.withdraw(old.releaseId, 'consentRevoked', null, 'withdrawal');
    const next = await h.service.settled(await h.service.build('school-zone', { actor: 'withdrawal', supersedes: old.releaseId, excludedEventIds: new Set(['barcelona-1']) }));
    expect(next).toMatchObject({ status: 'published', supersedes: old.releaseId, version: '2.0.0', snapshot: old.snapshot });
    expect(await h.service.get(old.releaseId)).toMatchObject({ status: 'superseded', supersededBy: next.releaseId, withdrawalReason: 'consentRevoked' });
    expect(h.withdrawn.map((r) => [r.releaseId, r.status, r.supersededBy])).toEqual([[old.releaseId, 'withdrawn', null], [old.releaseId, 'superseded', next.releaseId]]);
    expect(h.calls).toContain(`supersede ${old.releaseId} by ${next.releaseId}`);
  });

  it('names the missing definition or release', async () => {
    const h = harness(builds);
    await expect(h.service.build('nope', { actor: 'a' })).rejects.toMatchObject({ code: 'DATASETS.DEFINITION_NOT_FOUND' });
    await expect(h.service.withdraw('nope', 'qualityIssue', null, 'a')).rejects.toMatchObject({ code: 'DATASETS.RELEASE_NOT_FOUND' });
  });
});
