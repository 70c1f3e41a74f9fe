import { metricNamingViolations } from '@usm/observability';
import { Registry } from 'prom-client';
import { EventSourcingMetrics } from './adapters/metrics/event-sourcing-metrics';
import { observeRelay } from './adapters/metrics/relay-gauges';

describe('event-sourcing metric names', () => {
  it('follow usm_<owner>_<name>_<unit> (ADR metric names), relay gauges included', () => {
    const registry = new Registry();
    new EventSourcingMetrics(registry);
    observeRelay(registry, 'spec', async () => ({ relayId: 'spec', status: 'leading', consecutiveFailures: 0, lastFailure: null, backlogRows: 0, oldestPendingMs: null }));
    expect(registry.getMetricsAsArray().map((metric) => metric.name).sort()).toEqual([
      'usm_event_sourcing_outbox_backlog_rows',
      'usm_event_sourcing_outbox_oldest_pending_seconds',
      'usm_event_sourcing_outbox_published_total',
      'usm_event_sourcing_outbox_relay_consecutive_failures',
      'usm_event_sourcing_outbox_relay_status',
      'usm_event_sourcing_projection_offset',
      'usm_event_sourcing_projection_records_total',
    ]);
    expect(metricNamingViolations(registry)).toEqual([]);
  });
});
