import type { Registry } from 'prom-client';
import { Counter, Gauge } from 'prom-client';

/** What became of a record of the own anonymised stream in the subject index. */
export type SubjectIndexOutcome = 'indexed' | 'withoutReporter' | 'undecodable';

/**
 * `usm_datasets_subject_index_records_total{outcome}`, and per partition the next offset the index reads
 * (`usm_datasets_subject_index_next_offset`) and how far behind the partition's end it is (`…_lag_records`).
 */
export class SubjectIndexMetrics {
  private readonly records: Counter<'outcome'>;
  private readonly position: Gauge<'partition'>;
  private readonly lag: Gauge<'partition'>;

  constructor(registry: Registry) {
    this.records = new Counter({ name: 'usm_datasets_subject_index_records_total', help: 'Records of the own anonymised stream read into the subject index, by outcome.', labelNames: ['outcome'], registers: [registry] });
    this.position = new Gauge({ name: 'usm_datasets_subject_index_next_offset', help: 'Next offset of each partition of the own anonymised stream the subject index reads.', labelNames: ['partition'], registers: [registry] });
    this.lag = new Gauge({ name: 'usm_datasets_subject_index_lag_records', help: 'Records of each partition of the own anonymised stream not yet in the subject index (at the last fetch).', labelNames: ['partition'], registers: [registry] });
  }

  count(outcome: SubjectIndexOutcome, n: number): void {
    if (n > 0) this.records.inc({ outcome }, n);
  }

  reached(partition: number, next: bigint, highWatermark: bigint | null): void {
    this.position.set({ partition: String(partition) }, Number(next));
    if (highWatermark !== null) this.lag.set({ partition: String(partition) }, Math.max(0, Number(highWatermark - next)));
  }
}
