import type { PrivacyCounters } from './mesh-view';
import type { MetricSample } from './prometheus-text';
import { sumOf } from './prometheus-text';

/** Metric names the privacy context exposes (libs/privacy, libs/messaging). */
export const privacyMetricNames = {
  keptLocal: 'usm_privacy_events_kept_local_total',
  quarantined: 'usm_privacy_quarantined_total',
  deadLettered: 'usm_messaging_dead_letters_total',
} as const;

/**
 * A city's privacy counters from its privacy metrics and the events the console saw on its anonymised topic.
 * On a city node `/metrics` carries every context: dead letters count only the privacy context's (`service`).
 */
export function privacyCountersOf(samples: readonly MetricSample[], shared: number): PrivacyCounters {
  const fromPrivacy: Record<string, string> = samples.some((s) => s.labels['service'] !== undefined) ? { service: 'privacy' } : {};
  return {
    shared,
    keptLocal: sumOf(samples, privacyMetricNames.keptLocal),
    deadLettered: sumOf(samples, privacyMetricNames.deadLettered, fromPrivacy),
    // The guard counts a record once per detector kind; the sum is an upper bound of records, said so in the view.
    quarantined: sumOf(samples, privacyMetricNames.quarantined),
  };
}
