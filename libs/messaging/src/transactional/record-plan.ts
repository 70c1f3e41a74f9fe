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

/**
 * The I/O planning needs: decoding, the transform, encoding, and the clock for dead-letter headers. Decoding
 * and encoding answer at once when they need no lookup (a schema already fetched) and with a promise otherwise:
 * a chunk of records then costs no turn of the event loop per record for them.
 */
export interface PlanSteps<T> {
  decode(record: SourceRecord): DecodedRecord<T> | Promise<DecodedRecord<T>>;
  readonly transform: Transform<T>;
  encode(topic: string, value: unknown): Buffer | Promise<Buffer>;
  now(): Date;
}

/** Headers of an output that has none; never written to. */
const noHeaders: IHeaders = Object.freeze({});

/**
 * Decodes, transforms and encodes one record before any transaction opens, so a transaction only
 * sends. A non-retriable mesh error (bad bytes, a value the transform refuses, an output that breaks
 * its schema) dead-letters the record, and so does any non-mesh error the transform throws (one bad
 * record must not stall its partition); retriable errors are rethrown and the chunk is redelivered.
 */
export async function planRecord<T>(source: SourceRecord, steps: PlanSteps<T>): Promise<RecordPlan> {
  try {
    const decoded = steps.decode(source);
    const transformed = transformOne(steps.transform, decoded instanceof Promise ? await decoded : decoded);
    const result = transformed instanceof Promise ? await transformed : transformed;
    if (result.outcome === 'deadLettered') return deadLetterPlan(source, result.error, steps.now(), result.afterCommit);
    // One after another: encoding is CPU work, and a record has one output or few.
    const messages: EncodedMessage[] = [];
    for (const output of result.outputs) {
      const encoded = steps.encode(output.topic, output.value);
      // The output's headers as they are: kafkajs only reads them, and nothing here writes to them.
      messages.push({ topic: output.topic, key: output.key, value: encoded instanceof Promise ? await encoded : encoded, headers: output.headers ?? noHeaders });
    }
    return { source, outcome: result.outcome, messages, afterCommit: result.afterCommit };
  } catch (error) {
    if (!isDeadLetterCase(error)) throw error;
    return deadLetterPlan(source, error, steps.now());
  }
}

/** The transform's result, a thrown error or a rejection turned into a record failure (see `asRecordFailure`). */
function transformOne<T>(transform: Transform<T>, decoded: DecodedRecord<T>): TransformResult | Promise<TransformResult> {
  let result: TransformResult | Promise<TransformResult>;
  try {
    result = transform(decoded);
  } catch (error) {
    throw asRecordFailure(error);
  }
  return result instanceof Promise
    ? result.catch((error: unknown) => {
        throw asRecordFailure(error);
      })
    : result;
}

function deadLetterPlan(source: SourceRecord, error: MeshError, failedAt: Date, afterCommit?: AfterCommit): RecordPlan {
  const deadLetter = { topic: dlqTopicOf(source.topic), key: source.key, value: source.value, headers: deadLetterHeadersOf(source, error, failedAt) };
  return { source, outcome: 'deadLettered', messages: [deadLetter], deadLetterCode: error.code, afterCommit };
}
