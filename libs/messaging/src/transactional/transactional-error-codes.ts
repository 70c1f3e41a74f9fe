/** Stable codes of the errors the transactional processor raises. */
export const TransactionalErrorCode = {
  /** A newer producer with the same transactional id took over: this instance is a zombie and stops. */
  Fenced: 'MESSAGING.PRODUCER_FENCED',
  /** A chunk's transaction was aborted; its records are read again from the last committed offset. */
  TransactionAborted: 'MESSAGING.TRANSACTION_ABORTED',
  /** Processor settings that cannot give exactly-once (e.g. a transaction timeout above the rebalance timeout). */
  InvalidSettings: 'MESSAGING.INVALID_PROCESSOR_SETTINGS',
} as const;
