import type { Kafka } from 'kafkajs';
import type { AnonymisedSafetyEvent, SafetyLabel } from '@usm/contracts';
import type { ProgressListener } from '../../application/build-progress';
import { readingEtaMs } from '../../application/build-progress';
import type { SnapshotContents, SnapshotReader, SourceTopic } from '../../application/snapshot-reader.port';
import type { SourceSnapshot } from '../../application/source-snapshot';
import type { SourceEvent, SourceLabel } from '../../domain/rows/source-event';
import { fixSnapshot } from './fix-snapshot';
import type { RangeReadSettings, RangeRecord } from './range-consumer';
import { readRanges } from './range-consumer';
import type { WriterSchemaDecoder } from './schema-types';
import { sourceEventOf, sourceLabelOf } from './source-record.mapping';

/** Snapshot reader over the city's cluster: offsets fixed first, then exactly that range, read_committed. */
export class KafkaSnapshotReader implements SnapshotReader {
  constructor(
    private readonly kafka: Kafka,
    private readonly decoder: WriterSchemaDecoder,
    private readonly ownCity: string,
    private readonly knownCities: ReadonlySet<string>,
    private readonly settings: RangeReadSettings,
  ) {}

  async fix(topics: readonly SourceTopic[]): Promise<SourceSnapshot> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await fixSnapshot(admin, topics.map((t) => t.topic), this.ownCity, this.knownCities);
    } finally {
      await admin.disconnect();
    }
  }

  async read(snapshot: SourceSnapshot, topics: readonly SourceTopic[], onProgress: ProgressListener): Promise<SnapshotContents> {
    const kindOf = new Map(topics.map((t) => [t.topic, t.kind] as const));
    const sourceOf = new Map(topics.map((t) => [t.topic, t.source] as const));
    const cityOf = new Map(snapshot.partitions.map((p) => [p.topic, p.city] as const));
    const events: SourceEvent[] = [];
    const labels: SourceLabel[] = [];
    const started = Date.now();
    let recordsRead = 0;
    const onBatch = async (records: readonly RangeRecord[]): Promise<void> => {
      const first = records[0] as RangeRecord;
      const city = cityOf.get(first.topic) ?? this.ownCity;
      await this.decoder.prepare(city, records.map((r) => r.value));
      const kind = kindOf.get(first.topic);
      for (const r of records) {
        const position = { city, topic: sourceOf.get(r.topic) ?? r.topic, partition: r.partition, offset: r.offset };
        const value = this.decoder.decode(city, r.value, position);
        if (kind === 'labels') labels.push(sourceLabelOf(value as SafetyLabel, position));
        else events.push(sourceEventOf(value as AnonymisedSafetyEvent, position));
      }
      recordsRead += records.length;
    };
    await readRanges(this.kafka, snapshot, this.settings, onBatch, (partitions) => {
      const elapsedMs = Date.now() - started;
      onProgress({ phase: 'reading', partitions, recordsRead, elapsedMs, etaMs: readingEtaMs(partitions, elapsedMs) });
    });
    return { events, labels };
  }
}
