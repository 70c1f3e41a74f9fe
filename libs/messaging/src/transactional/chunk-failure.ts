import { InfrastructureError, MeshError } from '@usm/errors';
import { TransactionalErrorCode } from './transactional-error-codes';
import { isFencedError } from './fencing';
import type { LogFields } from './processor-logger';

/**
 * What to do after a chunk failed. `fatal`: fenced, stop for good. `rethrow`: kafkajs and mesh errors go
 * back to kafkajs as they are, because its runner rejoins the group on rebalance errors and restarts on
 * retriable ones. `retry`: anything else is wrapped as retriable, so a bug shows as a stuck partition.
 */
export type ChunkFailure =
  | { readonly kind: 'fatal'; readonly error: Error }
  | { readonly kind: 'rethrow'; readonly error: Error }
  | { readonly kind: 'retry'; readonly error: InfrastructureError };

export function classifyChunkFailure(error: unknown, where: { topic: string; partition: number; offset: string }): ChunkFailure {
  if (isFencedError(error)) return { kind: 'fatal', error: error as Error };
  if (error instanceof MeshError || isKafkaJsError(error)) return { kind: 'rethrow', error };
  return {
    kind: 'retry',
    error: new InfrastructureError(TransactionalErrorCode.TransactionAborted, 'transaction aborted; the chunk is read again from the last committed offset', {
      cause: error,
      details: where,
    }),
  };
}

function isKafkaJsError(error: unknown): error is Error {
  return error instanceof Error && error.name.startsWith('KafkaJS');
}

/** Log fields of an error: name, code or broker error type, and retriability; messages only of our own and kafkajs errors. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof MeshError) return { error: error.name, code: error.code, reason: error.message, retriable: error.retriable };
  if (isKafkaJsError(error)) {
    const type = (error as { type?: unknown }).type;
    return { error: error.name, code: typeof type === 'string' ? type : undefined, reason: error.message };
  }
  // Messages of foreign errors may quote the values they choked on.
  return { error: error instanceof Error ? error.name : typeof error };
}
