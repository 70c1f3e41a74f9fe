import fc from 'fast-check';
import type { ReleaseManifest, SourcePartitionRange } from './release-manifest';
import { readReleaseManifest, writeReleaseManifest } from './release-manifest';

const range = (role: 'events' | 'labels', city: string, partition: number, from: number, until: number): SourcePartitionRange => ({
  role, city, topic: role === 'events' ? 'safety.events.anonymised.v1' : 'safety.labels.v1', partition,
  fromOffset: String(from), untilOffset: String(until), records: until - from,
});

const manifest: ReleaseManifest = {
  releaseId: 'rel-1',
  definitionId: 'school-zone-hazards',
  definitionVersion: 2,
  city: 'barcelona',
  snapshot: [range('labels', 'barcelona', 0, 0, 12), range('events', 'incheon', 1, 5, 90), range('events', 'barcelona', 0, 0, 40), range('events', 'incheon', 0, 0, 7)],
  files: [
    { path: 'train.parquet', sha256: 'a'.repeat(64), sizeBytes: 10, format: 'parquet', split: 'train', recordCount: 3 },
    { path: 'lineage.jsonl', sha256: 'b'.repeat(64), sizeBytes: 20, format: 'lineage', split: null, recordCount: 3 },
  ],
};

describe('writeReleaseManifest', () => {
  it('lists the offset range of every source partition, sorted by role, city, topic, partition', () => {
    const read = readReleaseManifest(writeReleaseManifest(manifest));
    expect(read.snapshot.map((r) => `${r.role}/${r.city}/${r.partition}:${r.fromOffset}-${r.untilOffset}`)).toEqual([
      'events/barcelona/0:0-40', 'events/incheon/0:0-7', 'events/incheon/1:5-90', 'labels/barcelona/0:0-12',
    ]);
    expect(read.files.map((f) => f.path)).toEqual(['lineage.jsonl', 'train.parquet']);
    expect(read.releaseId).toBe('rel-1');
  });

  it('gives the same bytes for any order of partitions and files (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...manifest.snapshot], { minLength: 4 }), fc.shuffledSubarray([...manifest.files], { minLength: 2 }), (snapshot, files) => {
        expect(Buffer.from(writeReleaseManifest({ ...manifest, snapshot, files })).equals(Buffer.from(writeReleaseManifest(manifest)))).toBe(true);
      }),
    );
  });
});
