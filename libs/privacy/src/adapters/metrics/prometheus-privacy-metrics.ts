import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';
import type { PrivacyMetrics } from '../../application/privacy-metrics';
import type { LegalBasis } from '../../domain/contract/safety-event-enums';
import type { KeptLocalReason } from '../../domain/release/decide-release';
import type { AttributeDrop } from '../../domain/anonymisation/attribute-drop';
import type { SourceKind } from '../../domain/contract/safety-event-enums';

const keptLocalTotal = 'usm_privacy_events_kept_local_total';
const attributesDroppedTotal = 'usm_privacy_attributes_dropped_total';

// Keys are the policy's declared ones or `(undeclared)`, never a key a source sent: a key may be personal data.
function attributesDroppedCounter(registry: Registry): Counter<'source_kind' | 'key' | 'reason'> {
  const existing = registry.getSingleMetric(attributesDroppedTotal);
  if (existing instanceof Counter) return existing as Counter<'source_kind' | 'key' | 'reason'>;
  return new Counter({
    name: attributesDroppedTotal,
    help: 'Attributes dropped before sharing, by source kind, declared key (undeclared keys as "(undeclared)") and reason.',
    labelNames: ['source_kind', 'key', 'reason'],
    registers: [registry],
  });
}

/** The privacy counters in the service's registry (labelled with service and city by the registry). */
export class PrometheusPrivacyMetrics implements PrivacyMetrics {
  private readonly keptLocalCounter: Counter<'basis' | 'reason'>;
  private readonly attributesDroppedCounter: Counter<'source_kind' | 'key' | 'reason'>;

  constructor(registry: Registry) {
    this.attributesDroppedCounter = attributesDroppedCounter(registry);
    const existing = registry.getSingleMetric(keptLocalTotal);
    this.keptLocalCounter =
      existing instanceof Counter
        ? (existing as Counter<'basis' | 'reason'>)
        : new Counter({
            name: keptLocalTotal,
            // The reason is a bounded enumeration; the source system id is never a label (an unregistered one is unbounded).
            help: 'Anonymised events kept in the city, by claimed legal basis and reason (unregistered-system, basis-not-allowed-for-system, kind-not-registered-for-system, gate-refused).',
            labelNames: ['basis', 'reason'],
            registers: [registry],
          });
  }

  keptLocal(basis: LegalBasis, reason: KeptLocalReason): void {
    this.keptLocalCounter.inc({ basis, reason });
  }

  attributesDropped(sourceKind: SourceKind, drops: readonly AttributeDrop[]): void {
    for (const drop of drops) this.attributesDroppedCounter.inc({ source_kind: sourceKind, key: drop.key, reason: drop.reason }, drop.count);
  }
}
