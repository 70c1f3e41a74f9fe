import type { Context } from '@opentelemetry/api';
import type { IHeaders } from 'kafkajs';
import { endStep, inStep, startProcessSpan, withTraceHeaders } from '@usm/tracing';
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
  // The span covers planning, not the transaction: chunks commit many records at once, later.
  const step = startProcessSpan(source);
  try {
    const plan = await inStep(step, () => planInContext(source, steps, step.context));
    endStep(step, { outcome: plan.outcome, ...(plan.deadLetterCode === undefined ? {} : { errorCode: plan.deadLetterCode }) });
    return plan;
  } catch (error) {
    endStep(step, { error });
    throw error;
  }
}

/** Outputs and dead letters carry the trace context of the record's process span, so readers continue its trace. */
async function planInContext<T>(source: SourceRecord, steps: PlanSteps<T>, trace: Context): Promise<RecordPlan> {
  try {
    const decoded = steps.decode(source);
    const transformed = transformOne(steps.transform, decoded instanceof Promise ? await decoded : decoded);
    const result = transformed instanceof Promise ? await transformed : transformed;
    if (result.outcome === 'deadLettered') return deadLetterPlan(source, result.error, steps.now(), trace, result.afterCommit);
    // One after another: encoding is CPU work, and a record has one output or few.
    const messages: EncodedMessage[] = [];
    for (const output of result.outputs) {
      const encoded = steps.encode(output.topic, output.value);
      // The output's headers plus the trace context (a copy when tracing is on; kafkajs only reads them).
      messages.push({ topic: output.topic, key: output.key, value: encoded instanceof Promise ? await encoded : encoded, headers: withTraceHeaders(output.headers, trace) ?? noHeaders });
    }
    return { source, outcome: result.outcome, messages, afterCommit: result.afterCommit };
  } catch (error) {
    if (!isDeadLetterCase(error)) throw error;
    return deadLetterPlan(source, error, steps.now(), trace);
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

function deadLetterPlan(source: SourceRecord, error: MeshError, failedAt: Date, trace: Context, afterCommit?: AfterCommit): RecordPlan {
  const headers = withTraceHeaders(deadLetterHeadersOf(source, error, failedAt), trace) ?? {};
  const deadLetter = { topic: dlqTopicOf(source.topic), key: source.key, value: source.value, headers };
  return { source, outcome: 'deadLettered', messages: [deadLetter], deadLetterCode: error.code, afterCommit };
}
