import { MeshError } from '@usm/errors';
import { endStep, inStep, startProcessSpan } from '@usm/tracing';
import type { SourceRecord } from '../kafka/source-record';
import type { HandlerResult, RecordOutcome } from './record-outcome';

/** The I/O around one record, so the outcome rules are the same for the runner and the Nest transport. */
export interface RecordSteps<D> {
  decode(record: SourceRecord): Promise<D>;
  handle(decoded: D): Promise<HandlerResult>;
  deadLetter(record: SourceRecord, error: MeshError): Promise<void>;
  commit(record: SourceRecord): Promise<void>;
  count(topic: string, outcome: RecordOutcome): void;
}

/**
 * Decodes and handles one record. A non-retriable mesh error (a contract error from decoding, or one
 * the handler raised) dead-letters the record; anything else is rethrown uncommitted so kafkajs
 * redelivers it. Errors that are not mesh errors count as retriable: an unwrapped driver error is more
 * likely an outage than bad data, and a bug is better seen as a stuck consumer than as a drained topic.
 * It runs under a `process <topic>` span, child of the trace context the record carries (a no-op untraced).
 */
export async function processRecord<D>(record: SourceRecord, steps: RecordSteps<D>): Promise<RecordOutcome> {
  const step = startProcessSpan(record);
  try {
    const outcome = await inStep(step, () => processInSpan(record, steps));
    endStep(step, { outcome });
    return outcome;
  } catch (error) {
    endStep(step, { error });
    throw error;
  }
}

async function processInSpan<D>(record: SourceRecord, steps: RecordSteps<D>): Promise<RecordOutcome> {
  let outcome: RecordOutcome;
  try {
    outcome = await steps.handle(await steps.decode(record));
  } catch (error) {
    if (!isDeadLetterCase(error)) throw error;
    await steps.deadLetter(record, error);
    outcome = 'deadLettered';
  }
  await steps.commit(record);
  steps.count(record.topic, outcome);
  return outcome;
}

/** Whether retrying the same record cannot help, so it belongs in the dead-letter topic. */
export function isDeadLetterCase(error: unknown): error is MeshError {
  return error instanceof MeshError && !error.retriable;
}
