import type { DatasetDefinition } from '../domain/definition/dataset-definition';
import type { RowLineage } from '../domain/rows/dataset-row';
import type { SourceEvent } from '../domain/rows/source-event';
import { InMemoryReleaseIndex, InMemoryReleaseRecords } from '../testing/in-memory-release-stores';
import { DatasetReleaseService } from './dataset-release.service';
import type { BuiltRows, RefusedRows, ReleaseArtifacts, RowsBuilder } from './pipeline.ports';
import type { ReleaseLedger } from './release-ledger.port';
import type { AnonymityFigures, ReleaseRecord } from './release-record';
import type { SnapshotReader } from './snapshot-reader.port';

/* A retraction recorded while a build runs (ADR 0016): the build must not publish the retracted events. */
const definition = { definitionId: 'school-zone', title: 'School zone', purpose: 'aiTraining', sources: { events: ['safety.events.anonymised.v1'], labels: [] }, filters: {}, usage: {}, k: 2, l: 1, maxSuppression: 0, quasiIdentifiers: [], sensitiveColumn: 'subCategory' } as unknown as DatasetDefinition;
const ids = ['e0', 'e1', 'e2', 'e3', 'e4'];
const events = ids.map((eventId, n) => ({ position: { city: 'incheon', topic: 'safety.events.anonymised.v1', partition: 0, offset: String(n) }, eventId, city: 'incheon', reporterPseudonym: null, policyVersion: 'p1', occurredAtBucketStart: 0, bucketWidthMinutes: 15 }) as unknown as SourceEvent);
const figures = (released: number): AnonymityFigures => ({ k: 2, l: 1, input: ids.length, released, suppressed: 0, suppressionRate: 0, informationLoss: 0, generalisation: {} });

/** Rows of every event not excluded; refused below `minimum` rows (as k would be out of reach). */
const rowsOfKept = (minimum: number): RowsBuilder => ({
  build: (_d, all, _l, excluded): BuiltRows | RefusedRows => {
    const kept = all.filter((e) => !excluded.has(e.eventId));
    const report = {} as BuiltRows['report'];
    if (kept.length < minimum) return { ok: false, best: figures(kept.length), report, reasonCode: 'targetsUnreachable', reason: 'k cannot be reached' };
    const lineage = kept.map((e, n) => ({ rowId: `row-${n}`, event: { ...e.position, eventId: e.eventId }, label: null }) as RowLineage);
    return { ok: true, rows: [], lineage, anonymity: figures(kept.length), report, releasedEventIds: kept.map((e) => e.eventId), labelledRows: { human: 0, model: 0, rule: 0 } };
  },
});

/** A release service whose retraction store gains `arriving` while the data files of the first pass are written. */
function building(rows: RowsBuilder, arriving: readonly string[]) {
  const retracted = new Set<string>(['e0']);
  const written: string[][] = [];
  const calls: string[] = [];
  const published: ReleaseRecord[] = [];
  const ledger = {
    definitionOf: async () => ({ definition, version: 1 }),
    requestRelease: async () => undefined,
    recordBuilt: async () => void calls.push('built'),
    refuse: async () => void calls.push('refuse'),
    publish: async () => void calls.push('publish'),
  } as unknown as ReleaseLedger;
  const reader: SnapshotReader = {
    fix: async () => ({ partitions: [{ city: 'incheon', topic: 'safety.events.anonymised.v1', partition: 0, start: '0', end: '5' }] }),
    read: async () => ({ events, labels: [] }),
  };
  const artifacts: ReleaseArtifacts = {
    writeData: async (input) => {
      written.push(input.lineage.map((l) => l.event.eventId));
      if (written.length === 1) for (const id of arriving) retracted.add(id);
      return [{ path: 'train.parquet', sha256: '0'.repeat(64), sizeBytes: 1, format: 'parquet', split: 'train', recordCount: input.lineage.length }];
    },
    writeMetadata: async () => [],
  };
  const service = new DatasetReleaseService({
    city: 'incheon', topicPrefix: '', ledger, records: new InMemoryReleaseRecords(), index: new InMemoryReleaseIndex(), reader, rows, artifacts,
    publisher: { published: async (r) => void published.push(r), withdrawn: async () => undefined },
    retracted: { retractedAmong: async (among) => new Set(among.filter((id) => retracted.has(id))) },
    clock: { now: () => new Date(1_000) }, ids: { newId: () => 'rel-1' },
  });
  return { service, written, calls, published };
}

describe('DatasetReleaseService: retractions recorded while a build runs', () => {
  it('builds the rows again without events retracted while its files were written, and publishes only those rows', async () => {
    const h = building(rowsOfKept(1), ['e2', 'e4']);
    const release = await h.service.settled(await h.service.build('school-zone', { actor: 'steward-1' }));
    expect(h.written).toEqual([['e1', 'e2', 'e3', 'e4'], ['e1', 'e3']]);
    expect(release).toMatchObject({ status: 'published', excludedEvents: 3, anonymity: { released: 2 } });
    expect(h.calls).toEqual(['built', 'publish']);
    expect(h.published.map((r) => r.anonymity?.released)).toEqual([2]);
  });

  it('writes once when nothing is retracted meanwhile', async () => {
    const h = building(rowsOfKept(1), []);
    const release = await h.service.settled(await h.service.build('school-zone', { actor: 'steward-1' }));
    expect(h.written).toEqual([['e1', 'e2', 'e3', 'e4']]);
    expect(release).toMatchObject({ status: 'published', excludedEvents: 1 });
  });

  it('refuses, publishing nothing, when the rows without the late retractions no longer reach the targets', async () => {
    const h = building(rowsOfKept(3), ['e1', 'e2']);
    const release = await h.service.settled(await h.service.build('school-zone', { actor: 'steward-1' }));
    expect(release.status).toBe('refused');
    expect(h.calls).toEqual(['refuse']);
    expect(h.published).toEqual([]);
  });
});
