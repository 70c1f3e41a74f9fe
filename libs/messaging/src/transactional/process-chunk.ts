import type { TopicMessages } from 'kafkajs';
import type { SourceRecord } from '../kafka/source-record';
import type { Chunk } from './chunk-batch';
import { ChunkDiscardedError } from './chunk-pipeline';
import type { RecordPlan } from './record-plan';
import { topicMessagesOf } from './topic-messages';

/** What one open transaction offers a chunk. */
export interface ChunkTransaction {
  send(topicMessages: TopicMessages[]): Promise<void>;
  /** Commits `offset` as the group's next offset of the partition, if and only if the transaction commits. */
  sendOffsets(topic: string, partition: number, offset: string): Promise<void>;
}

/** The I/O around one chunk, so the order of steps is testable with fakes. */
export interface ChunkSteps {
  plan(record: SourceRecord): Promise<RecordPlan>;
  /** Tells the group we are alive, and fails when it is rebalancing. */
  heartbeat(): Promise<void>;
  /** Begins a transaction, runs `work`, commits; aborts and rethrows when anything fails. */
  inTransaction(work: (transaction: ChunkTransaction) => Promise<void>): Promise<void>;
}

/**
 * Plans every record of a chunk, then sends the outputs and dead letters and the next offset in one
 * transaction. Resolves with the plans once the transaction committed; rejects with nothing visible
 * to read_committed consumers otherwise.
 */
export async function processChunk(chunk: Chunk, steps: ChunkSteps): Promise<RecordPlan[]> {
  const plans = await planChunk(chunk, steps);
  await sendChunk(chunk, plans, steps);
  return plans;
}

/**
 * Plans every record of a chunk, in order, outside any transaction. Stops at the next record once
 * `discarded()` is true (the chunk was planned ahead of a transaction that failed).
 */
export async function planChunk(chunk: Chunk, steps: Pick<ChunkSteps, 'plan' | 'heartbeat'>, discarded: () => boolean = () => false): Promise<RecordPlan[]> {
  const plans: RecordPlan[] = [];
  for (const record of chunk.records) {
    if (discarded()) throw new ChunkDiscardedError();
    plans.push(await steps.plan(record));
    await steps.heartbeat();
  }
  return plans;
}

/** Sends a planned chunk's messages and its next offset in one transaction, and commits it. */
export async function sendChunk(chunk: Chunk, plans: readonly RecordPlan[], steps: Pick<ChunkSteps, 'heartbeat' | 'inTransaction'>): Promise<void> {
  await steps.inTransaction(async (transaction) => {
    const topicMessages = topicMessagesOf(plans);
    if (topicMessages.length > 0) await transaction.send(topicMessages);
    // Last look for a rebalance before the offsets go in: a member that lost the partition must not commit.
    await steps.heartbeat();
    await transaction.sendOffsets(chunk.topic, chunk.partition, chunk.nextOffset);
  });
}
