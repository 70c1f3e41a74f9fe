import { ValidationError } from '@usm/errors';
import type { FieldViolation } from '@usm/errors';
import { TransactionalErrorCode } from './transactional-error-codes';

/** Numbers of a transactional processor; every one has a default. */
export interface ProcessorSettings {
  /** Most records in one transaction; a batch larger than this commits in several transactions. */
  readonly maxChunkRecords: number;
  /** How long the broker lets a transaction stay open before aborting it. */
  readonly transactionTimeoutMs: number;
  readonly sessionTimeoutMs: number;
  readonly rebalanceTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  readonly maxBytesPerPartition: number;
  readonly maxWaitTimeMs: number;
  /** Aborted chunks in a row after which a partition counts as stuck (readiness turns red). */
  readonly stuckAfterFailedChunks: number;
}

export const defaultProcessorSettings: ProcessorSettings = {
  maxChunkRecords: 500,
  transactionTimeoutMs: 20_000,
  sessionTimeoutMs: 30_000,
  rebalanceTimeoutMs: 60_000,
  heartbeatIntervalMs: 3_000,
  maxBytesPerPartition: 1_048_576,
  maxWaitTimeMs: 500,
  stuckAfterFailedChunks: 3,
};

/**
 * Settings with defaults filled in, refused when they would break exactly-once. The transaction timeout
 * must stay under the rebalance timeout: a member that stalls mid-transaction then has its transaction
 * aborted by the broker before the group can hand its partitions to another member (kafkajs commits
 * offsets in a transaction without the group generation, so the broker cannot fence it by generation).
 */
export function resolveProcessorSettings(overrides: Partial<ProcessorSettings> = {}): ProcessorSettings {
  const settings = { ...defaultProcessorSettings, ...overrides };
  const violations: FieldViolation[] = [];
  for (const [field, value] of Object.entries(settings)) {
    if (!Number.isInteger(value) || value < 1) violations.push({ field, rule: 'positive-integer', message: 'must be a positive integer' });
  }
  if (settings.transactionTimeoutMs >= settings.rebalanceTimeoutMs) {
    violations.push({ field: 'transactionTimeoutMs', rule: 'below-rebalance-timeout', message: 'must be less than rebalanceTimeoutMs' });
  }
  if (settings.heartbeatIntervalMs * 3 > settings.sessionTimeoutMs) {
    violations.push({ field: 'heartbeatIntervalMs', rule: 'third-of-session-timeout', message: 'must be at most a third of sessionTimeoutMs' });
  }
  if (violations.length > 0) throw new ValidationError(TransactionalErrorCode.InvalidSettings, violations);
  return settings;
}
