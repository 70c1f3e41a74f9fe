import { metricNamingViolations } from '@usm/observability';
import { Registry } from 'prom-client';
import { QuarantineMetrics } from './adapters/kafka/quarantine-metrics';
import { PrometheusPrivacyMetrics } from './adapters/metrics/prometheus-privacy-metrics';

describe('privacy metric names', () => {
  it('follow usm_<owner>_<name>_<unit> (ADR metric names)', () => {
    const registry = new Registry();
    new PrometheusPrivacyMetrics(registry);
    new QuarantineMetrics(registry);
    expect(registry.getMetricsAsArray().map((metric) => metric.name).sort()).toEqual([
      'usm_privacy_attributes_dropped_total',
      'usm_privacy_events_kept_local_total',
      'usm_privacy_quarantined_total',
    ]);
    expect(metricNamingViolations(registry)).toEqual([]);
  });
});
