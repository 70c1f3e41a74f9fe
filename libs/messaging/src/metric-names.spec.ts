import { metricNamingViolations } from '@usm/observability';
import { Registry } from 'prom-client';
import { ConsumerMetrics } from './consumer/consumer-metrics';
import { TransactionalMetrics } from './transactional/transactional-metrics';

describe('messaging metric names', () => {
  it('follow usm_<owner>_<name>_<unit> (ADR metric names)', () => {
    const registry = new Registry();
    new ConsumerMetrics(registry);
    new TransactionalMetrics(registry);
    expect(registry.getMetricsAsArray().map((metric) => metric.name).sort()).toEqual([
      'usm_messaging_consumed_records_total',
      'usm_messaging_consumer_lag_records',
      'usm_messaging_dead_letters_total',
      'usm_messaging_transactions_total',
    ]);
    expect(metricNamingViolations(registry)).toEqual([]);
  });
});
