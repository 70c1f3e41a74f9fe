import type { ReleaseFile } from '../release-files';

/** The offsets of one source partition that a release read: [fromOffset, untilOffset), Kafka int64 as strings. */
export interface SourcePartitionRange {
  readonly role: 'events' | 'labels';
  readonly city: string;
  readonly topic: string;
  readonly partition: number;
  readonly fromOffset: string;
  readonly untilOffset: string;
  /** Records decoded from the range (fewer than the offset span when it holds transaction markers). */
  readonly records: number;
}

export interface ReleaseManifest {
  readonly releaseId: string;
  readonly definitionId: string;
  readonly definitionVersion: number;
  readonly city: string;
  readonly snapshot: readonly SourcePartitionRange[];
  /** Data and lineage files only: the manifest cannot hold its own hash, and metadata files point at it. */
  readonly files: readonly ReleaseFile[];
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const byPartition = (a: SourcePartitionRange, b: SourcePartitionRange) =>
  compare(a.role, b.role) || compare(a.city, b.city) || compare(a.topic, b.topic) || compare(a.partition, b.partition);

const rangeOf = (r: SourcePartitionRange): SourcePartitionRange => ({
  role: r.role, city: r.city, topic: r.topic, partition: r.partition, fromOffset: r.fromOffset, untilOffset: r.untilOffset, records: r.records,
});
const fileOf = (f: ReleaseFile): ReleaseFile => ({
  path: f.path, sha256: f.sha256, sizeBytes: f.sizeBytes, format: f.format, split: f.split, recordCount: f.recordCount,
});

/** manifest.json: fixed key order, partitions and files sorted, so equal manifests give equal bytes. */
export function writeReleaseManifest(manifest: ReleaseManifest): Uint8Array {
  const canonical: ReleaseManifest = {
    releaseId: manifest.releaseId,
    definitionId: manifest.definitionId,
    definitionVersion: manifest.definitionVersion,
    city: manifest.city,
    snapshot: [...manifest.snapshot].sort(byPartition).map(rangeOf),
    files: [...manifest.files].sort((a, b) => compare(a.path, b.path)).map(fileOf),
  };
  return Buffer.from(`${JSON.stringify(canonical, null, 2)}\n`);
}

export function readReleaseManifest(bytes: Uint8Array): ReleaseManifest {
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as ReleaseManifest;
}
