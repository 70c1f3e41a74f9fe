import { MeshError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';

/**
 * A transform threw something that is not a mesh error (a TypeError on a value of an unexpected shape):
 * a fault of this one record, so it is dead-lettered and the stream goes on. Only the error's class
 * name is kept in the message; its own message may quote the values it choked on and stays in `cause`.
 */
export class TransformFailedError extends MeshError {
  readonly retriable = false;

  constructor(cause: unknown) {
    const errorClass = cause instanceof Error ? cause.name : typeof cause;
    super(MessagingErrorCode.TransformFailed, `the transform failed on this record with ${errorClass}`, { cause, details: { rule: 'transform', errorClass } });
  }
}

/**
 * What an error thrown by a transform means for the record. Mesh errors keep their meaning (retriable
 * ones abort the chunk, the others dead-letter the record with their code); kafkajs errors are
 * infrastructure and go back as they are; anything else becomes a {@link TransformFailedError}.
 */
export function asRecordFailure(error: unknown): unknown {
  if (error instanceof MeshError) return error;
  if (error instanceof Error && error.name.startsWith('KafkaJS')) return error;
  return new TransformFailedError(error);
}
