import type { IngestMetrics } from '../../application/ports';

/** Plain counters standing in for the Prometheus ones. */
export class InMemoryIngestMetrics implements IngestMetrics {
  readonly counts = { accepted: 0, rejected: 0, duplicates: 0 };

  accepted(count: number): void {
    this.counts.accepted += count;
  }

  rejected(count: number): void {
    this.counts.rejected += count;
  }

  duplicates(count: number): void {
    this.counts.duplicates += count;
  }
}
