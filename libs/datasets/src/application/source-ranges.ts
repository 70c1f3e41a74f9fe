import type { SourcePartitionRange } from '../artifacts/manifest/release-manifest';
import type { ReleaseSource } from './release-record';
import type { SourceSnapshot } from './source-snapshot';

/** Every partition of a snapshot (named as the definition names its topic), its offsets, and the records decoded from it. */
export function sourceRangesOf(snapshot: SourceSnapshot, sources: readonly ReleaseSource[], positions: readonly { readonly topic: string; readonly partition: number }[]): SourcePartitionRange[] {
  const key = (topic: string, partition: number) => `${topic}\u0000${partition}`;
  const counts = new Map<string, number>();
  for (const p of positions) counts.set(key(p.topic, p.partition), (counts.get(key(p.topic, p.partition)) ?? 0) + 1);
  const sourceOf = new Map(sources.map((s) => [s.topic, s] as const));
  return snapshot.partitions.map((p) => {
    const source = sourceOf.get(p.topic);
    const name = source?.source ?? p.topic;
    return { role: source?.kind ?? 'events', city: p.city, topic: name, partition: p.partition, fromOffset: p.start, untilOffset: p.end, records: counts.get(key(name, p.partition)) ?? 0 };
  });
}
