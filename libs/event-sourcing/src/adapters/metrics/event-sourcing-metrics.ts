import type { Registry } from 'prom-client';
import { Counter, Gauge } from 'prom-client';
import type { RelaySampler } from './relay-gauges';
import { observeRelay } from './relay-gauges';

const names = {
  published: 'usm_event_sourcing_outbox_published_total',
  records: 'usm_event_sourcing_projection_records_total',
  offset: 'usm_event_sourcing_projection_offset',
} as const;

/** What the relay and the projections count: published events, relay backlog and status, projected records by outcome, applied offsets. */
export class EventSourcingMetrics {
  private readonly published: Counter<'relay'>;
  private readonly records: Counter<'projection' | 'outcome'>;
  private readonly offsets: Gauge<'projection' | 'topic' | 'partition'>;

  constructor(private readonly registry: Registry) {
    this.published = existing(registry, names.published) ?? new Counter({ name: names.published, help: 'Outbox events published to Kafka, by relay.', labelNames: ['relay'], registers: [registry] });
    this.records =
      existing(registry, names.records) ??
      new Counter({ name: names.records, help: 'Records a projection consumed, by outcome (applied, ignored, deadLettered).', labelNames: ['projection', 'outcome'], registers: [registry] });
    this.offsets =
      existing(registry, names.offset) ??
      new Gauge({ name: names.offset, help: 'Last offset a projection applied, by topic partition.', labelNames: ['projection', 'topic', 'partition'], registers: [registry] });
  }

  countPublished(relay: string, events: number): void {
    this.published.inc({ relay }, events);
  }

  /** Exports a relay's backlog, status and failures, sampled at each scrape. */
  observeRelay(relay: string, sampler: RelaySampler): void {
    observeRelay(this.registry, relay, sampler);
  }

  countRecords(projection: string, outcome: 'applied' | 'ignored' | 'deadLettered', records: number): void {
    if (records > 0) this.records.inc({ projection, outcome }, records);
  }

  recordOffset(projection: string, topic: string, partition: number, offset: bigint): void {
    this.offsets.set({ projection, topic, partition: String(partition) }, Number(offset));
  }
}

/** Several modules share one registry; prom-client refuses a second metric of the same name. */
function existing<M>(registry: Registry, name: string): M | undefined {
  return registry.getSingleMetric(name) as M | undefined;
}
