import { InfrastructureError, ValidationError } from '@usm/errors';
import { InMemoryIngestLedger } from '../adapters/in-memory/in-memory-ingest-ledger';
import { InMemoryIngestMetrics } from '../adapters/in-memory/in-memory-ingest-metrics';
import { InMemoryRawEventPublisher } from '../adapters/in-memory/in-memory-raw-event-publisher';
import { minimalEvent, specNow } from '../testing/sample-events';
import { EventsInFlightError } from './ingest-errors';
import { IngestEventsHandler } from './ingest-events.handler';
import { rawEventContract } from './raw-event-contract';

const leaseMs = 30_000;

function setUp() {
  const clock = { time: specNow, now: () => clock.time };
  let tokens = 0;
  const ledger = new InMemoryIngestLedger(clock, leaseMs);
  const publisher = new InMemoryRawEventPublisher();
  const metrics = new InMemoryIngestMetrics();
  const handler = new IngestEventsHandler(
    { ledger, publisher, metrics, clock, ids: { newId: () => `token-${++tokens}` } },
    { city: 'incheon', maxBatchSize: 4, maxClockSkewMs: 60_000, contract: rawEventContract() },
  );
  return { clock, ledger, publisher, metrics, handler };
}

const idOf = (event: Record<string, unknown>): string => event['eventId'] as string;

describe('IngestEvents', () => {
  it('produces every event of a valid batch, in order, and acknowledges them', async () => {
    const { handler, publisher, ledger, metrics } = setUp();
    const events = [minimalEvent(), minimalEvent(), minimalEvent()];
    await expect(handler.execute({ body: { events } })).resolves.toEqual({ accepted: events.map(idOf), duplicates: [] });
    expect(publisher.published.map((e) => e.eventId)).toEqual(events.map(idOf));
    expect(publisher.published[0]?.occurredAt).toBe(Date.parse('2025-05-01T09:30:00Z'));
    expect(events.map((e) => ledger.statusOf(idOf(e)))).toEqual(['acknowledged', 'acknowledged', 'acknowledged']);
    expect(metrics.counts).toEqual({ accepted: 3, rejected: 0, duplicates: 0 });
  });

  it('produces nothing of a batch with one invalid event, and names it (all or nothing)', async () => {
    const { handler, publisher, ledger, metrics } = setUp();
    const events = [minimalEvent(), minimalEvent({ location: { latitude: 100, longitude: 0 } })];
    const error = await handler.execute({ body: { events } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).violations).toEqual([{ field: 'events[1].location.latitude', rule: 'range', message: 'must be between -90 and 90' }]);
    expect(publisher.published).toEqual([]);
    expect(ledger.statusOf(idOf(events[0] ?? {}))).toBeUndefined();
    expect(metrics.counts).toEqual({ accepted: 0, rejected: 2, duplicates: 0 });
  });

  it('refuses a batch over the configured maximum', async () => {
    const { handler } = setUp();
    const events = Array.from({ length: 5 }, () => minimalEvent());
    await expect(handler.execute({ body: { events } })).rejects.toMatchObject({ violations: [{ field: 'events', rule: 'maxItems' }] });
  });

  it('acknowledges a repeated event id with the same id but produces it only once', async () => {
    const { handler, publisher, metrics } = setUp();
    const event = minimalEvent();
    await handler.execute({ body: event });
    await expect(handler.execute({ body: event })).resolves.toEqual({ accepted: [], duplicates: [idOf(event)] });
    expect(publisher.published).toHaveLength(1);
    expect(metrics.counts).toEqual({ accepted: 1, rejected: 0, duplicates: 1 });
  });

  it('treats ids that differ only in letter case as the same event', async () => {
    const { handler, publisher } = setUp();
    const event = minimalEvent();
    await handler.execute({ body: event });
    const shouted = { ...event, eventId: idOf(event).toUpperCase() };
    await expect(handler.execute({ body: shouted })).resolves.toEqual({ accepted: [], duplicates: [shouted.eventId] });
    expect(publisher.published).toHaveLength(1);
  });

  it('produces a batch mixing new and known ids, answering each', async () => {
    const { handler, publisher } = setUp();
    const known = minimalEvent();
    await handler.execute({ body: known });
    const fresh = minimalEvent();
    await expect(handler.execute({ body: { events: [fresh, known] } })).resolves.toEqual({ accepted: [idOf(fresh)], duplicates: [idOf(known)] });
    expect(publisher.published.map((e) => e.eventId)).toEqual([idOf(known), idOf(fresh)]);
  });

  it('produces an id repeated within one batch once, reporting the repeat as a duplicate', async () => {
    const { handler, publisher } = setUp();
    const event = minimalEvent();
    const other = minimalEvent();
    await expect(handler.execute({ body: { events: [event, other, { ...event, severity: 'low' }] } })).resolves.toEqual({
      accepted: [idOf(event), idOf(other)],
      duplicates: [idOf(event)],
    });
    expect(publisher.published.map((e) => [e.eventId, e.severity])).toEqual([
      [idOf(event), 'high'],
      [idOf(other), 'high'],
    ]);
  });

  it('gives the ids back when Kafka fails, so a retry produces them', async () => {
    const { handler, publisher, ledger } = setUp();
    const event = minimalEvent();
    publisher.failNext();
    await expect(handler.execute({ body: event })).rejects.toBeInstanceOf(InfrastructureError);
    expect(ledger.statusOf(idOf(event))).toBeUndefined();
    await expect(handler.execute({ body: event })).resolves.toEqual({ accepted: [idOf(event)], duplicates: [] });
    expect(publisher.published).toHaveLength(1);
  });

  it('refuses, without producing anything, a batch holding an id another request is producing', async () => {
    const { handler, publisher, ledger } = setUp();
    const busy = minimalEvent();
    await ledger.claim([idOf(busy)], 'another-request');
    const fresh = minimalEvent();
    const error = await handler.execute({ body: { events: [fresh, busy] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventsInFlightError);
    expect((error as EventsInFlightError).eventIds).toEqual([idOf(busy)]);
    expect((error as EventsInFlightError).retriable).toBe(true);
    expect(publisher.published).toEqual([]);
    expect(ledger.statusOf(idOf(fresh))).toBeUndefined();
  });

  it('re-produces an id whose claim was never acknowledged once the lease lapsed (the holder crashed)', async () => {
    const { handler, publisher, ledger, clock } = setUp();
    const event = minimalEvent();
    await ledger.claim([idOf(event)], 'crashed-request');
    clock.time += leaseMs;
    await expect(handler.execute({ body: event })).resolves.toEqual({ accepted: [idOf(event)], duplicates: [] });
    expect(publisher.published).toHaveLength(1);
  });

  it('lets only one of two concurrent requests with the same id produce it', async () => {
    const { handler, publisher } = setUp();
    const event = minimalEvent();
    const outcomes = await Promise.allSettled([handler.execute({ body: event }), handler.execute({ body: event })]);
    expect(publisher.published).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'fulfilled' && o.value.accepted.length === 1)).toHaveLength(1);
  });
});
