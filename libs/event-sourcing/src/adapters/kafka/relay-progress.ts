import type { Admin, Offsets, PartitionOffset } from 'kafkajs';
import type { RelayCursor } from '../../domain/relay-cursor';
import { formatRelayCursor, parseRelayCursor } from '../../domain/relay-cursor';

/**
 * The relay's cursor, kept in Kafka as the offset-commit metadata of its own consumer group, so it is
 * committed by the same Kafka transaction as the records it describes: both land, or neither.
 * The group never consumes; partition 0 of the first routed topic only gives the commit a place to live.
 */
export class RelayProgress {
  constructor(
    readonly groupId: string,
    private readonly topic: string,
  ) {}

  /** The last committed cursor; read it after the transactional producer fenced its predecessors. */
  async read(admin: Pick<Admin, 'fetchOffsets'>): Promise<RelayCursor | undefined> {
    const [topicOffsets] = await admin.fetchOffsets({ groupId: this.groupId, topics: [this.topic] });
    const partition = topicOffsets?.partitions.find((entry) => entry.partition === 0);
    return parseRelayCursor(partition?.metadata);
  }

  /** The offsets a transaction commits to record `cursor`; the offset mirrors the global position for humans. */
  offsetsFor(cursor: RelayCursor): Offsets & { consumerGroupId: string } {
    // kafkajs passes `metadata` on to TxnOffsetCommit, but its types omit it.
    const partition: PartitionOffset & { metadata: string } = { partition: 0, offset: cursor.globalPosition, metadata: formatRelayCursor(cursor) };
    return { consumerGroupId: this.groupId, topics: [{ topic: this.topic, partitions: [partition] }] };
  }
}
