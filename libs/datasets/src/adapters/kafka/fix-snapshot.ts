import type { Admin } from 'kafkajs';
import { InfrastructureError } from '@usm/errors';
import { originCityOf } from '@usm/messaging';
import type { SnapshotPartition, SourceSnapshot } from '../../application/source-snapshot';

/**
 * Fixes the end of every partition of `topics` before anything is read. kafkajs's admin sends ListOffsets
 * (v2+) with isolation level READ_COMMITTED by default, so the "latest" offset it returns is the partition's
 * last stable offset (LSO): everything below it is committed or aborted, nothing below it can still change.
 * A read_committed consumer reading [log start, LSO) therefore sees the same records every time.
 */
export async function fixSnapshot(admin: Admin, topics: readonly string[], ownCity: string, knownCities: ReadonlySet<string>): Promise<SourceSnapshot> {
  const partitions: SnapshotPartition[] = [];
  for (const topic of [...new Set(topics)].sort()) {
    const offsets = await admin.fetchTopicOffsets(topic).catch((cause: unknown) => {
      // The usual cause: a partner topic MirrorMaker 2 has not created yet (no agreement in force, or not replicated).
      throw new InfrastructureError('DATASETS.SOURCE_TOPIC_UNAVAILABLE', `source topic ${topic} cannot be read on this cluster`, { cause, details: { topic } });
    });
    const city = originCityOf(topic, knownCities) ?? ownCity;
    for (const o of [...offsets].sort((a, b) => a.partition - b.partition)) {
      partitions.push({ city, topic, partition: o.partition, start: o.low, end: o.high });
    }
  }
  return { partitions };
}
