import { Registry } from 'prom-client';
import type { RelayReport } from '../../domain/relay-status';
import { EventSourcingMetrics } from './event-sourcing-metrics';

const report = (overrides: Partial<RelayReport>): RelayReport => ({
  relayId: 'consent',
  status: 'leading',
  consecutiveFailures: 0,
  lastFailure: null,
  backlogRows: 0,
  oldestPendingMs: null,
  ...overrides,
});

describe('relay gauges', () => {
  it('exports backlog, oldest pending age, status and failures of each relay, sampled at scrape time', async () => {
    const registry = new Registry();
    let current = report({ status: 'fenced', backlogRows: 7, oldestPendingMs: 2_500, consecutiveFailures: 3 });
    new EventSourcingMetrics(registry).observeRelay('consent', async () => current);
    const first = await registry.metrics();
    expect(first).toContain('usm_event_sourcing_outbox_backlog_rows{relay="consent"} 7');
    expect(first).toContain('usm_event_sourcing_outbox_oldest_pending_seconds{relay="consent"} 2.5');
    expect(first).toContain('usm_event_sourcing_outbox_relay_status{relay="consent",status="fenced"} 1');
    expect(first).toContain('usm_event_sourcing_outbox_relay_status{relay="consent",status="leading"} 0');
    expect(first).toContain('usm_event_sourcing_outbox_relay_consecutive_failures{relay="consent"} 3');

    current = report({ status: 'leading' });
    const second = await registry.metrics();
    expect(second).toContain('usm_event_sourcing_outbox_backlog_rows{relay="consent"} 0');
    expect(second).toContain('usm_event_sourcing_outbox_relay_status{relay="consent",status="leading"} 1');
  });

  it('shares the gauges between metric instances on one registry, and survives a sampler that fails', async () => {
    const registry = new Registry();
    new EventSourcingMetrics(registry).observeRelay('a', async () => report({ relayId: 'a', backlogRows: 1 }));
    new EventSourcingMetrics(registry).observeRelay('b', async () => Promise.reject(new Error('database down')));
    const text = await registry.metrics();
    expect(text).toContain('usm_event_sourcing_outbox_backlog_rows{relay="a"} 1');
    expect(text).not.toContain('relay="b"');
  });
});
