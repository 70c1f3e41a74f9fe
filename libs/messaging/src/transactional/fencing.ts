import { TransactionalErrorCode } from './transactional-error-codes';

/**
 * Broker answers that mean another producer with our transactional id took over. kafkajs 2.2.4 speaks
 * old protocol versions, to which brokers answer INVALID_PRODUCER_EPOCH rather than PRODUCER_FENCED.
 */
const fencedTypes = new Set(['INVALID_PRODUCER_EPOCH', 'PRODUCER_FENCED', 'TRANSACTION_COORDINATOR_FENCED', 'TRANSACTIONAL_ID_AUTHORIZATION_FAILED']);

/** Whether an error, or any error in its cause chain, says this producer was fenced (by the broker, or by our session refusing to reopen). */
export function isFencedError(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 10; depth++) {
    const { type, code } = current as { type?: unknown; code?: unknown };
    if ((typeof type === 'string' && fencedTypes.has(type)) || code === TransactionalErrorCode.Fenced) return true;
    current = (current as { cause?: unknown; originalError?: unknown }).cause ?? (current as { originalError?: unknown }).originalError;
  }
  return false;
}
