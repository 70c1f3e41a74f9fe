import { minimalEvent, specRules } from '../testing/sample-events';
import { eventCountOf, validateEventBatch } from './validate-event-batch';

const rules = specRules({ maxBatchSize: 3 });

function violationsOf(body: unknown): string[] {
  const result = validateEventBatch(body, rules);
  return result.ok ? [] : result.violations.map((v) => `${v.field}:${v.rule}`);
}

describe('validateEventBatch', () => {
  it('accepts one event object as a batch of one', () => {
    const event = minimalEvent();
    const result = validateEventBatch(event, rules);
    expect(result.ok && result.events.map((e) => e.eventId)).toEqual([event['eventId']]);
  });

  it('accepts { events } with up to the maximum, in order', () => {
    const events = [minimalEvent(), minimalEvent(), minimalEvent()];
    const result = validateEventBatch({ events }, rules);
    expect(result.ok && result.events.map((e) => e.eventId)).toEqual(events.map((e) => e['eventId']));
  });

  it('names events and maxItems when the batch is larger than the maximum', () => {
    const result = validateEventBatch({ events: [minimalEvent(), minimalEvent(), minimalEvent(), minimalEvent()] }, rules);
    expect(result).toEqual({ ok: false, violations: [{ field: 'events', rule: 'maxItems', message: 'must hold at most 3 events' }] });
  });

  it('refuses an empty batch, a batch that is not an array, and a body that is not an object', () => {
    expect(violationsOf({ events: [] })).toEqual(['events:minItems']);
    expect(violationsOf({ events: minimalEvent() })).toEqual(['events:type']);
    expect(violationsOf([minimalEvent()])).toEqual(['body:type']);
    expect(violationsOf(undefined)).toEqual(['body:type']);
  });

  it('lists every violation of every event, prefixed with its index (all or nothing)', () => {
    const body = {
      events: [minimalEvent(), minimalEvent({ city: 'hamburg' }), minimalEvent({ location: { latitude: 123, longitude: 0 } }), 'oops'],
    };
    expect(validateEventBatch(body, specRules({ maxBatchSize: 4 }))).toEqual({
      ok: false,
      violations: [
        { field: 'events[1].city', rule: 'nodeCity', message: 'must be the city of this node, incheon' },
        { field: 'events[2].location.latitude', rule: 'range', message: 'must be between -90 and 90' },
        { field: 'events[3]', rule: 'type', message: 'must be an event object' },
      ],
    });
  });

  it('refuses other keys beside events', () => {
    expect(violationsOf({ events: [minimalEvent()], source: 'x' })).toEqual(['source:unknownField']);
  });

  it('counts the events a body carries, for the rejected counter', () => {
    expect(eventCountOf({ events: [1, 2, 3] })).toBe(3);
    expect(eventCountOf({ events: [] })).toBe(1);
    expect(eventCountOf(minimalEvent())).toBe(1);
  });
});
