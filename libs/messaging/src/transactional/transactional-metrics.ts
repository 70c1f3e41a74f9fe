import type { Registry } from 'prom-client';
import { Counter, Gauge } from 'prom-client';
import { ConsumerMetrics } from '../consumer/consumer-metrics';
import type { RecordOutcome } from '../consumer/record-outcome';

/** Reuses a metric already in the registry: several processors (an all-in-one node) share one registry. */
function shared<M>(registry: Registry, name: string, make: () => M): M {
  return (registry.getSingleMetric(name) as M | undefined) ?? make();
}

/**
 * Counters of a transactional processor, updated only after a commit: outcomes (the messaging-wide
 * consumed-records counter), dead letters by code, transactions by result, and lag per partition.
 */
export class TransactionalMetrics {
  private readonly outcomes: ConsumerMetrics;
  private readonly deadLetters: Counter<'topic' | 'code'>;
  private readonly transactions: Counter<'topic' | 'result'>;
  private readonly lag: Gauge<'topic' | 'partition'>;

  constructor(registry: Registry) {
    this.outcomes = new ConsumerMetrics(registry);
    this.deadLetters = shared(registry, 'usm_messaging_dead_letters_total', () =>
      new Counter({ name: 'usm_messaging_dead_letters_total', help: 'Records sent to <topic>.dlq, by source topic and error code.', labelNames: ['topic', 'code'], registers: [registry] }),
    );
    this.transactions = shared(registry, 'usm_messaging_transactions_total', () =>
      new Counter({ name: 'usm_messaging_transactions_total', help: 'Consume-transform-produce transactions, by input topic and result (committed, aborted).', labelNames: ['topic', 'result'], registers: [registry] }),
    );
    this.lag = shared(registry, 'usm_messaging_consumer_lag_records', () =>
      new Gauge({ name: 'usm_messaging_consumer_lag_records', help: 'Records between the committed position and the high watermark, per input partition.', labelNames: ['topic', 'partition'], registers: [registry] }),
    );
  }

  committed(topic: string): void {
    this.transactions.inc({ topic, result: 'committed' });
  }

  aborted(topic: string): void {
    this.transactions.inc({ topic, result: 'aborted' });
  }

  outcome(topic: string, outcome: RecordOutcome, deadLetterCode?: string): void {
    this.outcomes.count(topic, outcome);
    if (deadLetterCode !== undefined) this.deadLetters.inc({ topic, code: deadLetterCode });
  }

  /**
   * The outcomes of a committed chunk's records: the same counts as `outcome` per record, but one counter update
   * per outcome and dead-letter code (a label lookup per record costs more than the rest of the bookkeeping).
   */
  chunkOutcomes(topic: string, records: readonly { readonly outcome: RecordOutcome; readonly deadLetterCode?: string }[]): void {
    const byOutcome = new Map<RecordOutcome, number>();
    const byCode = new Map<string, number>();
    for (const { outcome, deadLetterCode } of records) {
      byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
      if (deadLetterCode !== undefined) byCode.set(deadLetterCode, (byCode.get(deadLetterCode) ?? 0) + 1);
    }
    for (const [outcome, count] of byOutcome) this.outcomes.count(topic, outcome, count);
    for (const [code, count] of byCode) this.deadLetters.inc({ topic, code }, count);
  }

  partitionLag(topic: string, partition: number, lag: number): void {
    this.lag.set({ topic, partition: String(partition) }, lag);
  }

  /** Current count of an outcome, for health checks and tests. */
  countOf(topic: string, outcome: RecordOutcome): Promise<number> {
    return this.outcomes.countOf(topic, outcome);
  }

  /** Current count of transactions with a result, for tests and benchmarks. */
  async transactionsOf(topic: string, result: 'committed' | 'aborted'): Promise<number> {
    const { values } = await this.transactions.get();
    return values.find((sample) => sample.labels.topic === topic && sample.labels.result === result)?.value ?? 0;
  }
}
