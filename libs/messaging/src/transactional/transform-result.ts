import type { MeshError } from '@usm/errors';
import type { DecodedRecord } from '../consumer/record-outcome';

/** A record to produce in the same transaction as the consumed offset; the value is Avro-encoded under `<topic>-value`. */
export interface OutputRecord {
  readonly topic: string;
  /** Record keys are UTF-8 strings (an aggregate or event id). */
  readonly key: string;
  readonly value: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Runs only once the transaction that holds the record's outcome committed, so a retried chunk never counts twice. */
export type AfterCommit = () => void;

/**
 * What a transform made of one record. `processed` and `skipped` may emit outputs (skipped usually none);
 * `deadLettered` sends the original record to `<topic>.dlq` with the error's code and message as reason.
 */
export type TransformResult =
  | { readonly outcome: 'processed' | 'skipped'; readonly outputs: readonly OutputRecord[]; readonly afterCommit?: AfterCommit }
  | { readonly outcome: 'deadLettered'; readonly error: MeshError; readonly afterCommit?: AfterCommit };

/**
 * Application code run for each decoded record. Return an outcome for every expected case; throw a
 * non-retriable `MeshError` to dead-letter, anything else to abort the chunk and have it redelivered.
 */
export type Transform<T> = (record: DecodedRecord<T>) => Promise<TransformResult> | TransformResult;
