import { metricNamingViolations } from '@usm/observability';
import { Registry } from 'prom-client';
import { PrometheusFederationMetrics } from './adapters/metrics/prometheus-federation-metrics';

describe('federation metric names', () => {
  it('follow usm_<owner>_<name>_<unit> (ADR metric names)', () => {
    const registry = new Registry();
    new PrometheusFederationMetrics(registry);
    expect(registry.getMetricsAsArray().map((metric) => metric.name).sort()).toEqual([
      'usm_federation_agreements',
      'usm_federation_mirror_maker_restarts_total',
      'usm_federation_mirror_maker_up',
      'usm_federation_reconciliations_total',
      'usm_federation_replicated_topics',
      'usm_federation_replication_end_to_end_seconds',
      'usm_federation_replication_lag_records',
      'usm_federation_replication_lag_seconds',
    ]);
    expect(metricNamingViolations(registry)).toEqual([]);
  });
});
