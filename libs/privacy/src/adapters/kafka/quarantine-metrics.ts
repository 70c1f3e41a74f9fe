import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';
import type { EgressKind } from '../../domain/egress-guard/guard-egress';

const quarantinedTotal = 'usm_privacy_quarantined_total';

/** `usm_privacy_quarantined_total{kind}`: records the egress guard stopped, once per detector kind that hit. */
export class QuarantineMetrics {
  private readonly counter: Counter<'kind'>;

  constructor(registry: Registry) {
    const existing = registry.getSingleMetric(quarantinedTotal);
    this.counter =
      existing instanceof Counter
        ? (existing as Counter<'kind'>)
        : new Counter({
            name: quarantinedTotal,
            help: 'Records the egress guard kept off the shareable topic and sent to the local quarantine topic, by detector kind (a record counts once per kind).',
            labelNames: ['kind'],
            registers: [registry],
          });
  }

  quarantined(kinds: readonly EgressKind[]): void {
    for (const kind of kinds) this.counter.inc({ kind });
  }
}
