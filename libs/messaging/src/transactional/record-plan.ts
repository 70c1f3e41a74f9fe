import type { IHeaders } from 'kafkajs';
import { dlqTopicOf } from '@usm/contracts';
import type { MeshError } from '@usm/errors';
import type { DecodedRecord, RecordOutcome } from '../consumer/record-outcome';
import { isDeadLetterCase } from '../consumer/process-record';
import { deadLetterHeadersOf } from '../dead-letter/dead-letter-headers';
import type { SourceRecord } from '../kafka/source-record';
import { asRecordFailure } from './transform-failure';
import type { AfterCommit, Transform, TransformResult } from './transform-result';

/** A message ready to send: outputs Avro-encoded, dead letters with the original bytes. */
export interface EncodedMessage {
  readonly topic: string;
  readonly key: Buffer | string | null;
  readonly value: Buffer | null;
  readonly headers: IHeaders;
}

/** What a consumed record turns into inside a transaction. */
export interface RecordPlan {
  readonly source: SourceRecord;
  readonly outcome: RecordOutcome;
  readonly messages: readonly EncodedMessage[];
  /** Code of the error that dead-lettered the record. */
  readonly deadLetterCode?: string;
  readonly afterCommit?: AfterCommit;
}

/** The I/O planning needs: decoding, the transform, encoding, and the clock for dead-letter headers. */
export interface PlanSteps<T> {
  decode(record: SourceRecord): Promise<DecodedRecord<T>>;
  readonly transform: Transform<T>;
  encode(topic: string, value: unknown): Promise<Buffer>;
  now(): Date;
}

/**
 * Decodes, transforms and encodes one record before any transaction opens, so a transaction only
 * sends. A non-retriable mesh error (bad bytes, a value the transform refuses, an output that breaks
 * its schema) dead-letters the record, and so does any non-mesh error the transform throws (one bad
 * record must not stall its partition); retriable errors are rethrown and the chunk is redelivered.
 */
export async function planRecord<T>(source: SourceRecord, steps: PlanSteps<T>): Promise<RecordPlan> {
  try {
    const result = await transformOne(steps.transform, await steps.decode(source));
    if (result.outcome === 'deadLettered') return deadLetterPlan(source, result.error, steps.now(), result.afterCommit);
    // One after another: encoding is CPU work, and a record has one output or few.
    const messages: EncodedMessage[] = [];
    for (const output of result.outputs) {
      messages.push({ topic: output.topic, key: output.key, value: await steps.encode(output.topic, output.value), headers: { ...output.headers } });
    }
    return { source, outcome: result.outcome, messages, afterCommit: result.afterCommit };
  } catch (error) {
    if (!isDeadLetterCase(error)) throw error;
    return deadLetterPlan(source, error, steps.now());
  }
}

async function transformOne<T>(transform: Transform<T>, decoded: DecodedRecord<T>): Promise<TransformResult> {
  try {
    return await transform(decoded);
  } catch (error) {
    throw asRecordFailure(error);
  }
}

function deadLetterPlan(source: SourceRecord, error: MeshError, failedAt: Date, afterCommit?: AfterCommit): RecordPlan {
  const deadLetter = { topic: dlqTopicOf(source.topic), key: source.key, value: source.value, headers: deadLetterHeadersOf(source, error, failedAt) };
  return { source, outcome: 'deadLettered', messages: [deadLetter], deadLetterCode: error.code, afterCommit };
}
