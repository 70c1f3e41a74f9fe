import { metricNamingViolations } from '@usm/observability';
import { Registry } from 'prom-client';
import { SubjectIndexMetrics } from './adapters/metrics/subject-index-metrics';
import { PrometheusWithdrawalMetrics } from './withdrawal/adapters/metrics/prometheus-withdrawal-metrics';

describe('datasets metric names', () => {
  it('follow usm_<owner>_<name>_<unit> (ADR metric names), subject index and withdrawal', () => {
    const registry = new Registry();
    new SubjectIndexMetrics(registry);
    new PrometheusWithdrawalMetrics(registry);
    expect(registry.getMetricsAsArray().map((metric) => metric.name).sort()).toEqual([
      'usm_datasets_retraction_notices_total',
      'usm_datasets_subject_index_lag_records',
      'usm_datasets_subject_index_next_offset',
      'usm_datasets_subject_index_records_total',
      'usm_datasets_withdrawal_seconds',
    ]);
    expect(metricNamingViolations(registry)).toEqual([]);
  });
});
