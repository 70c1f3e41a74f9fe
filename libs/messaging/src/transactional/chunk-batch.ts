import type { SourceRecord } from '../kafka/source-record';
import { nextOffset } from '../kafka/source-record';

/** Records of one partition processed in one transaction, and the offset to commit with them. */
export interface Chunk {
  readonly topic: string;
  readonly partition: number;
  readonly records: readonly SourceRecord[];
  /** The next offset to read once this chunk is committed. */
  readonly nextOffset: string;
}

/** The part of a fetched batch that chunking needs. */
export interface BatchSlice {
  readonly topic: string;
  readonly partition: number;
  readonly records: readonly SourceRecord[];
  /** Offset of the batch's last entry, control records of transactional producers included. */
  readonly lastOffset: string;
}

/**
 * Splits a batch into chunks of at most `maxRecords`, each a transaction of its own: a bounded chunk
 * keeps a transaction short, well inside the transaction timeout. The last chunk commits past the
 * batch's last offset, so a trailing transaction marker (never shown to us) is not read again.
 */
export function chunkBatch(batch: BatchSlice, maxRecords: number): Chunk[] {
  if (!Number.isInteger(maxRecords) || maxRecords < 1) throw new RangeError(`maxRecords must be a positive integer, got ${maxRecords}`);
  const chunks: Chunk[] = [];
  for (let start = 0; start < batch.records.length; start += maxRecords) {
    const records = batch.records.slice(start, start + maxRecords);
    const last = records[records.length - 1] as SourceRecord;
    const isLast = start + maxRecords >= batch.records.length;
    const next = isLast ? maxOffset(nextOffset(last), successorOf(batch.lastOffset)) : nextOffset(last);
    chunks.push({ topic: batch.topic, partition: batch.partition, records, nextOffset: next });
  }
  return chunks;
}

function successorOf(offset: string): string {
  return (BigInt(offset) + 1n).toString();
}

function maxOffset(a: string, b: string): string {
  return BigInt(a) >= BigInt(b) ? a : b;
}

/** Records not yet read on a partition: the high watermark minus the next offset to read, never below 0. */
export function lagOf(highWatermark: string, next: string): number {
  const lag = BigInt(highWatermark) - BigInt(next);
  return lag > 0n ? Number(lag) : 0;
}
