import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';
import type { PrivacyMetrics } from '../../application/privacy-metrics';
import type { LegalBasis } from '../../domain/contract/safety-event-enums';

const keptLocalTotal = 'privacy_events_kept_local_total';

/** The privacy counters in the service's registry (labelled with service and city by the registry). */
export class PrometheusPrivacyMetrics implements PrivacyMetrics {
  private readonly keptLocalCounter: Counter<'basis'>;

  constructor(registry: Registry) {
    const existing = registry.getSingleMetric(keptLocalTotal);
    this.keptLocalCounter =
      existing instanceof Counter
        ? (existing as Counter<'basis'>)
        : new Counter({
            name: keptLocalTotal,
            help: 'Anonymised events kept in the city because their legal basis does not allow every gated purpose, by basis.',
            labelNames: ['basis'],
            registers: [registry],
          });
  }

  keptLocal(basis: LegalBasis): void {
    this.keptLocalCounter.inc({ basis });
  }
}
