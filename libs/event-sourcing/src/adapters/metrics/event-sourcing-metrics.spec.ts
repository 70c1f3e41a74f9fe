import { Registry } from 'prom-client';
import { EventSourcingMetrics } from './event-sourcing-metrics';

describe('EventSourcingMetrics', () => {
  it('counts on one registry shared by several modules', async () => {
    const registry = new Registry();
    new EventSourcingMetrics(registry).countPublished('relay-a', 3);
    const second = new EventSourcingMetrics(registry);
    second.countPublished('relay-a', 2);
    second.countRecords('consent-current', 'applied', 5);
    second.countRecords('consent-current', 'ignored', 0);
    second.recordOffset('consent-current', 'consent.records.v1', 2, 41n);
    const text = await registry.metrics();
    expect(text).toContain('usm_event_sourcing_outbox_published_total{relay="relay-a"} 5');
    expect(text).toContain('usm_event_sourcing_projection_records_total{projection="consent-current",outcome="applied"} 5');
    expect(text).not.toContain('outcome="ignored"');
    expect(text).toContain('usm_event_sourcing_projection_offset{projection="consent-current",topic="consent.records.v1",partition="2"} 41');
  });
});
