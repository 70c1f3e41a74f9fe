import fc from 'fast-check';
import type { PartitionRange } from '../../domain';
import type { ReleaseManifest } from './release-manifest';
import { readReleaseManifest, writeReleaseManifest } from './release-manifest';

const range = (city: string, topic: string, partition: number, start: number, end: number): PartitionRange => ({
  city, topic, partition, startOffset: String(start), endOffset: String(end),
});

const manifest: ReleaseManifest = {
  releaseId: 'rel-1',
  definitionId: 'school-zone-hazards',
  definitionVersion: 2,
  city: 'barcelona',
  snapshot: [
    range('barcelona', 'safety.labels.v1', 0, 0, 12),
    range('incheon', 'incheon.safety.events.anonymised.v1', 1, 5, 90),
    range('barcelona', 'safety.events.anonymised.v1', 0, 0, 40),
    range('incheon', 'incheon.safety.events.anonymised.v1', 0, 0, 7),
  ],
  files: [
    { path: 'train.parquet', sha256: 'a'.repeat(64), sizeBytes: 10, format: 'parquet', split: 'train', recordCount: 3 },
    { path: 'lineage.jsonl', sha256: 'b'.repeat(64), sizeBytes: 20, format: 'lineage', split: null, recordCount: 3 },
  ],
};

describe('writeReleaseManifest', () => {
  it('lists the offset range of every source partition, sorted by city, topic, partition', () => {
    const read = readReleaseManifest(writeReleaseManifest(manifest));
    expect(read.snapshot.map((r) => `${r.city}/${r.topic}/${r.partition}:${r.startOffset}-${r.endOffset}`)).toEqual([
      'barcelona/safety.events.anonymised.v1/0:0-40',
      'barcelona/safety.labels.v1/0:0-12',
      'incheon/incheon.safety.events.anonymised.v1/0:0-7',
      'incheon/incheon.safety.events.anonymised.v1/1:5-90',
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
