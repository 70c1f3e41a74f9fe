import type { PartitionRange, ReleaseFile } from '../../domain';

export interface ReleaseManifest {
  readonly releaseId: string;
  readonly definitionId: string;
  readonly definitionVersion: number;
  readonly city: string;
  /** The offsets of every source partition the build read: [startOffset, endOffset). */
  readonly snapshot: readonly PartitionRange[];
  /** Data and lineage files only: the manifest cannot hold its own hash, and metadata files point at it. */
  readonly files: readonly ReleaseFile[];
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const byPartition = (a: PartitionRange, b: PartitionRange) => compare(a.city, b.city) || compare(a.topic, b.topic) || compare(a.partition, b.partition);

const rangeOf = (r: PartitionRange): PartitionRange => ({ city: r.city, topic: r.topic, partition: r.partition, startOffset: r.startOffset, endOffset: r.endOffset });
const fileOf = (f: ReleaseFile): ReleaseFile => ({
  path: f.path, sha256: f.sha256, sizeBytes: f.sizeBytes, recordCount: f.recordCount, split: f.split, format: f.format,
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
