import type { Kafka, Producer, Transaction } from 'kafkajs';
import { InfrastructureError } from '@usm/errors';
import { ACKS_ALL, meshProducerConfig } from '../kafka/producer-settings';
import { TransactionalErrorCode } from './transactional-error-codes';
import type { ChunkTransaction } from './process-chunk';
import { isFencedError } from './fencing';

/**
 * The next transaction often starts while the broker still writes the previous one's commit markers and is
 * answered CONCURRENT_TRANSACTIONS; Java's producer retries that after 20 ms, kafkajs after the client's
 * 300 ms. A short first backoff (doubling up to the client's maximum, retrying for ever as kafkajs does for
 * an idempotent producer) keeps back-to-back transactions moving; failures and their handling are unchanged.
 */
export const transactionalRetry = { initialRetryTime: 20, retries: Number.MAX_SAFE_INTEGER };

export interface TransactionalSessionConfig {
  readonly transactionalId: string;
  readonly consumerGroupId: string;
  readonly transactionTimeoutMs: number;
}

/**
 * One transactional producer and its recovery. Opening it fences any earlier producer with the same id
 * (the broker bumps the epoch and aborts that producer's open transaction). A kafkajs producer whose
 * commit or abort failed is stuck in COMMITTING/ABORTING (kafkajs#1275, #1355), so it is replaced.
 */
export class TransactionalSession {
  private producer: Producer | undefined;
  private fenced = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly kafka: Kafka,
    private readonly config: TransactionalSessionConfig,
  ) {}

  /** Connects and fences now rather than at the first transaction, so a zombie's transaction is aborted at start. */
  async open(): Promise<void> {
    if (this.fenced) throw new InfrastructureError(TransactionalErrorCode.Fenced, `producer ${this.config.transactionalId} was fenced by a newer instance`);
    if (this.producer) return;
    const producer = this.kafka.producer(
      meshProducerConfig({ transactionalId: this.config.transactionalId, transactionTimeout: this.config.transactionTimeoutMs, idempotent: true, maxInFlightRequests: 1, retry: transactionalRetry }),
    );
    await producer.connect();
    try {
      // An empty transaction sends no EndTxn; initialising it is what fences.
      await (await producer.transaction()).abort();
    } catch (error) {
      await producer.disconnect().catch(() => undefined);
      throw error;
    }
    this.producer = producer;
  }

  /** Runs `work` in a transaction and commits it; on any failure aborts (or replaces the producer) and rethrows. */
  run(work: (transaction: ChunkTransaction) => Promise<void>): Promise<void> {
    return this.exclusive(() => this.runNow(work));
  }

  /**
   * Asks the transaction coordinator whether this producer still holds its transactional id, without producing
   * or committing anything: a transaction that only registers the group's offsets (none) and is aborted. Fenced,
   * it rejects as `run` would, and the session never reopens. Lets an incarnation that has nothing to send (no
   * partition after a rebalance, or nothing new on them) learn that a newer one took over.
   */
  verify(): Promise<void> {
    return this.exclusive(async () => {
      await this.open();
      const transaction = await (this.producer as Producer).transaction();
      try {
        await transaction.sendOffsets({ consumerGroupId: this.config.consumerGroupId, topics: [] });
      } catch (error) {
        await this.abort(transaction, error);
        throw error;
      }
      try {
        await transaction.abort();
      } catch (error) {
        await this.discard(error);
        throw error;
      }
    });
  }

  private async runNow(work: (transaction: ChunkTransaction) => Promise<void>): Promise<void> {
    await this.open();
    const transaction = await (this.producer as Producer).transaction();
    try {
      await work(this.chunkTransaction(transaction));
    } catch (error) {
      await this.abort(transaction, error);
      throw error;
    }
    try {
      await transaction.commit();
    } catch (error) {
      // The outcome is unknown; a new producer's init completes or aborts it before we go on.
      await this.discard(error);
      throw error;
    }
  }

  /** One transaction at a time on the producer: `run` and `verify` wait for each other. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(work);
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Whether a newer producer took over this transactional id; a fenced session never reopens. */
  isFenced(): boolean {
    return this.fenced;
  }

  async close(): Promise<void> {
    await this.discard(undefined);
  }

  private chunkTransaction(transaction: Transaction): ChunkTransaction {
    return {
      send: async (topicMessages) => void (await transaction.sendBatch({ topicMessages, acks: ACKS_ALL })),
      sendOffsets: (topic, partition, offset) =>
        transaction.sendOffsets({ consumerGroupId: this.config.consumerGroupId, topics: [{ topic, partitions: [{ partition, offset }] }] }),
    };
  }

  private async abort(transaction: Transaction, cause: unknown): Promise<void> {
    if (isFencedError(cause)) return this.discard(cause);
    try {
      await transaction.abort();
    } catch (error) {
      await this.discard(error);
    }
  }

  private async discard(cause: unknown): Promise<void> {
    if (isFencedError(cause)) this.fenced = true;
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }
}
