import type { PartitionRange } from '../domain/release/release-facts';
import type { ReleaseSource } from './release-record';
import type { SourceSnapshot } from './source-snapshot';

/** Every partition of a snapshot as the manifest and the metadata state it: the topic as the definition names it, [start, end). */
export function sourceRangesOf(snapshot: SourceSnapshot, sources: readonly ReleaseSource[]): PartitionRange[] {
  const nameOf = new Map(sources.map((s) => [s.topic, s.source] as const));
  return snapshot.partitions.map((p) => ({ city: p.city, topic: nameOf.get(p.topic) ?? p.topic, partition: p.partition, startOffset: p.start, endOffset: p.end }));
}
