import { metricNamingViolations } from '@usm/observability';
import { Registry } from 'prom-client';
import { PrometheusLedgerMetrics } from './adapters/metrics/prometheus-ledger-metrics';

describe('consent metric names', () => {
  it('follow usm_<owner>_<name>_<unit> (ADR metric names)', () => {
    const registry = new Registry();
    new PrometheusLedgerMetrics(registry);
    expect(registry.getMetricsAsArray().map((metric) => metric.name)).toEqual(['usm_consent_commands_total']);
    expect(metricNamingViolations(registry)).toEqual([]);
  });
});
