import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';
import { InfrastructureError } from '@usm/errors';
import type { PartitionProgress } from '../../application/build-progress';
import type { SourceSnapshot } from '../../application/source-snapshot';

/** One record of a snapshot range, still encoded. */
export interface RangeRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly value: Buffer | null;
}

export interface RangeReadSettings {
  /** Consumer group id prefix; the ACLs allow `<city>-datasets*`. */
  readonly groupPrefix: string;
  readonly maxBytes: number;
  readonly maxBytesPerPartition: number;
  /** Gives up when no partition moves for this long. */
  readonly stallTimeoutMs: number;
}

export const defaultRangeReadSettings = { maxBytes: 64 * 1024 * 1024, maxBytesPerPartition: 16 * 1024 * 1024, stallTimeoutMs: 60_000 } as const;

interface Cursor { readonly key: string; readonly start: bigint; readonly end: bigint; last: bigint }

/**
 * Reads exactly [start, end) of every partition of a snapshot with a read_committed consumer of a fresh group
 * (no offset is committed: the snapshot, not the group, says where to read). Records at or past `end` are
 * ignored; a partition is complete once a batch reaches `end - 1`, counting batches that held only transaction
 * markers or aborted records (kafkajs reports those through END_BATCH_PROCESS, not eachBatch).
 */
export async function readRanges(
  kafka: Kafka,
  snapshot: SourceSnapshot,
  settings: RangeReadSettings,
  onBatch: (records: readonly RangeRecord[]) => Promise<void> | void,
  onProgress: (partitions: readonly PartitionProgress[]) => void,
): Promise<void> {
  const cursors = new Map<string, Cursor>();
  for (const p of snapshot.partitions) {
    const key = `${p.topic}\u0000${p.partition}`;
    cursors.set(key, { key, start: BigInt(p.start), end: BigInt(p.end), last: BigInt(p.start) - 1n });
  }
  const pending = () => [...cursors.values()].filter((c) => c.last < c.end - 1n);
  if (pending().length === 0) return;
  const consumer = kafka.consumer({
    groupId: `${settings.groupPrefix}-${randomUUID()}`,
    readUncommitted: false,
    maxBytes: settings.maxBytes,
    maxBytesPerPartition: settings.maxBytesPerPartition,
    minBytes: 1,
    maxWaitTimeInMs: 200,
    allowAutoTopicCreation: false,
  });
  const progress = (): PartitionProgress[] =>
    snapshot.partitions.map((p) => {
      const c = cursors.get(`${p.topic}\u0000${p.partition}`) as Cursor;
      return { topic: p.topic, partition: p.partition, read: Number((c.last < c.end ? c.last : c.end - 1n) - c.start + 1n), total: Number(c.end - c.start) };
    });
  await consumeUntilDone(consumer, snapshot, cursors, settings, onBatch, () => onProgress(progress()), pending);
}

async function consumeUntilDone(
  consumer: Consumer,
  snapshot: SourceSnapshot,
  cursors: Map<string, Cursor>,
  settings: RangeReadSettings,
  onBatch: (records: readonly RangeRecord[]) => Promise<void> | void,
  report: () => void,
  pending: () => Cursor[],
): Promise<void> {
  let settle: (error?: unknown) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => (settle = (error) => (error === undefined ? resolve() : reject(error))));
  let lastMove = Date.now();
  const advance = (topic: string, partition: number, lastOffset: string): void => {
    const cursor = cursors.get(`${topic}\u0000${partition}`);
    if (!cursor) return;
    const offset = BigInt(lastOffset);
    if (offset > cursor.last) {
      cursor.last = offset;
      lastMove = Date.now();
    }
    report();
    if (pending().length === 0) settle();
  };
  consumer.on(consumer.events.END_BATCH_PROCESS, (e) => advance(e.payload.topic, e.payload.partition, String(e.payload.lastOffset)));
  consumer.on(consumer.events.CRASH, (e) => settle(new InfrastructureError('DATASETS.SNAPSHOT_READ_FAILED', `snapshot consumer crashed: ${String(e.payload.error)}`, { cause: e.payload.error })));
  const stall = setInterval(() => {
    if (Date.now() - lastMove > settings.stallTimeoutMs) {
      const stuck = pending().map((c) => c.key.replace('\u0000', '/'));
      settle(new InfrastructureError('DATASETS.SNAPSHOT_READ_STALLED', `no progress for ${settings.stallTimeoutMs} ms in ${stuck.join(', ')}`, { details: { rule: 'snapshot-progress' } }));
    }
  }, 1_000);
  try {
    await consumer.connect();
    for (const topic of [...new Set(snapshot.partitions.map((p) => p.topic))]) await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        const cursor = cursors.get(`${batch.topic}\u0000${batch.partition}`);
        if (!cursor) return;
        const messages = batch.messages;
        const first = messages[0];
        const last = messages[messages.length - 1];
        if (!first || !last) return;
        const inRange = (offset: bigint) => offset >= cursor.start && offset < cursor.end && offset > cursor.last;
        // Offsets grow within a batch: when both ends are inside the range, every record is (the common case).
        const whole = inRange(BigInt(first.offset)) && inRange(BigInt(last.offset));
        const records: RangeRecord[] = [];
        for (const m of messages) {
          if (whole || inRange(BigInt(m.offset))) records.push({ topic: batch.topic, partition: batch.partition, offset: m.offset, value: m.value });
        }
        if (records.length > 0) await onBatch(records);
      },
    });
    for (const p of snapshot.partitions) consumer.seek({ topic: p.topic, partition: p.partition, offset: p.start });
    await done;
  } finally {
    clearInterval(stall);
    await consumer.disconnect().catch(() => undefined);
  }
}
