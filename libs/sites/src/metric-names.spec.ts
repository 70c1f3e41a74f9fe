import { metricNamingViolations } from '@usm/observability';
import { Registry } from 'prom-client';
import { PrometheusSitesMetrics } from './adapters/metrics/prometheus-sites-metrics';

describe('sites metric names', () => {
  it('follow usm_<owner>_<name>_<unit> (ADR metric names)', () => {
    const registry = new Registry();
    new PrometheusSitesMetrics(registry);
    expect(registry.getMetricsAsArray().map((metric) => metric.name).sort()).toEqual([
      'usm_sites_imported_total',
      'usm_sites_reservation_conflicts_total',
      'usm_sites_reservations_total',
    ]);
    expect(metricNamingViolations(registry)).toEqual([]);
  });
});
