import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';
import type { IngestMetrics } from '../../application/ports';

/** The ingest counters in the service's registry (labelled with service and city by the registry). */
export class PrometheusIngestMetrics implements IngestMetrics {
  private readonly acceptedTotal: Counter;
  private readonly rejectedTotal: Counter;
  private readonly duplicatesTotal: Counter;

  constructor(registry: Registry) {
    this.acceptedTotal = counter(registry, 'usm_ingest_events_accepted_total', 'Events produced to the raw topic and acknowledged by Kafka');
    this.rejectedTotal = counter(registry, 'usm_ingest_events_rejected_total', 'Events in requests refused for breaking the contract');
    this.duplicatesTotal = counter(registry, 'usm_ingest_events_duplicates_total', 'Events acknowledged without producing: their id was ingested before');
  }

  accepted(count: number): void {
    this.acceptedTotal.inc(count);
  }

  rejected(count: number): void {
    this.rejectedTotal.inc(count);
  }

  duplicates(count: number): void {
    this.duplicatesTotal.inc(count);
  }
}

/** Reuses a counter already in the registry, so a second module instance on one registry does not throw. */
function counter(registry: Registry, name: string, help: string): Counter {
  const existing = registry.getSingleMetric(name);
  return existing instanceof Counter ? existing : new Counter({ name, help, registers: [registry] });
}
