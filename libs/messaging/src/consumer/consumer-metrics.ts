import type { Registry } from 'prom-client';
import { Counter } from 'prom-client';
import type { RecordOutcome } from './record-outcome';

const recordsTotal = 'usm_messaging_consumed_records_total';

/** Consumed records by topic and outcome (`processed`, `skipped`, `deadLettered`) on a given registry. */
export class ConsumerMetrics {
  private readonly records: Counter<'topic' | 'outcome'>;

  constructor(registry: Registry) {
    // Several runners share one registry; prom-client refuses a second metric of the same name.
    const existing = registry.getSingleMetric(recordsTotal);
    this.records =
      existing instanceof Counter
        ? (existing as Counter<'topic' | 'outcome'>)
        : new Counter({
            name: recordsTotal,
            help: 'Records consumed, by topic and outcome (processed, skipped, deadLettered).',
            labelNames: ['topic', 'outcome'],
            registers: [registry],
          });
  }

  /** Counts `records` records (one by default) of a topic with an outcome. */
  count(topic: string, outcome: RecordOutcome, records = 1): void {
    this.records.inc({ topic, outcome }, records);
  }

  /** Current count, for health checks and tests. */
  async countOf(topic: string, outcome: RecordOutcome): Promise<number> {
    const { values } = await this.records.get();
    return values.find((sample) => sample.labels.topic === topic && sample.labels.outcome === outcome)?.value ?? 0;
  }
}
