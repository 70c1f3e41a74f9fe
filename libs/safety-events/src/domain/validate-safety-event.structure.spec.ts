import { fullEvent, minimalEvent, specRules } from '../testing/sample-events';
import { validateSafetyEvent } from './validate-safety-event';

const rules = specRules();

function violationsOf(input: unknown): { field: string; rule: string }[] {
  const result = validateSafetyEvent(input, rules);
  if (result.ok) throw new Error('expected violations');
  return result.violations.map(({ field, rule }) => ({ field, rule }));
}

describe('validateSafetyEvent: mapping JSON to the Avro shape', () => {
  it('turns ISO date-times into epoch millis and absent optional fields into their defaults', () => {
    const input = minimalEvent();
    const result = validateSafetyEvent(input, rules);
    expect(result).toEqual({
      ok: true,
      event: {
        ...input,
        occurredAt: Date.parse('2025-05-01T09:30:00Z'),
        reportedAt: Date.parse('2025-05-01T09:30:05.250Z'),
        address: null,
        description: null,
        reporter: null,
        vehiclePlates: [],
        mediaLinks: [],
        deviceId: null,
        subjectAge: null,
        attributes: {},
      },
    });
  });

  it('keeps every optional field that is given, filling absent nested ones with null', () => {
    const result = validateSafetyEvent(fullEvent({ reporter: { name: 'Lee' } }), rules);
    expect(result.ok && result.event).toMatchObject({
      reporter: { name: 'Lee', phone: null, email: null },
      address: { district: 'Jung-gu' },
      vehiclePlates: ['12가3456'],
      attributes: { 'shift.team': 'night' },
      subjectAge: 34,
    });
  });

  it('reads date-times with an offset as the instant they denote', () => {
    const result = validateSafetyEvent(minimalEvent({ occurredAt: '2025-05-01T18:30:00.5+09:00' }), rules);
    expect(result.ok && result.event.occurredAt).toBe(Date.parse('2025-05-01T09:30:00.500Z'));
  });
});

describe('validateSafetyEvent: structural rules from the Avro schema', () => {
  it('names every missing required field', () => {
    const { eventId: _eventId, severity: _severity, location: _location, ...rest } = minimalEvent();
    expect(violationsOf(rest)).toEqual([
      { field: 'eventId', rule: 'required' },
      { field: 'severity', rule: 'required' },
      { field: 'location', rule: 'required' },
    ]);
  });

  it('names nested required fields and wrong types by path', () => {
    expect(violationsOf(minimalEvent({ location: { latitude: 'north' }, source: { kind: 'cctvAnalytics', legalBasis: 'consent', systemId: 7 } }))).toEqual([
      { field: 'source.systemId', rule: 'type' },
      { field: 'location.latitude', rule: 'type' },
      { field: 'location.longitude', rule: 'required' },
    ]);
  });

  it('refuses values outside an enum', () => {
    expect(violationsOf(minimalEvent({ category: 'fire', severity: 'extreme', source: { systemId: 's', kind: 'drone', legalBasis: 'consent' } }))).toEqual([
      { field: 'source.kind', rule: 'enum' },
      { field: 'category', rule: 'enum' },
      { field: 'severity', rule: 'enum' },
    ]);
  });

  it('lists the allowed symbols in an enum violation', () => {
    const result = validateSafetyEvent(minimalEvent({ severity: 'extreme' }), rules);
    expect(!result.ok && result.violations[0]?.message).toBe('must be one of informational, low, medium, high, critical');
  });

  it('names array items and map values by index and key', () => {
    expect(violationsOf(fullEvent({ vehiclePlates: ['12가3456', 42], attributes: { ok: 'x', 'shift.team': 1 } }))).toEqual([
      { field: 'vehiclePlates[1]', rule: 'type' },
      { field: 'attributes["shift.team"]', rule: 'type' },
    ]);
  });

  it('refuses a wrong type inside an optional record and a wrong optional value', () => {
    expect(violationsOf(fullEvent({ address: { postalCode: 22314 }, description: 5, subjectAge: 2.5 }))).toEqual([
      { field: 'address.postalCode', rule: 'type' },
      { field: 'description', rule: 'type' },
      { field: 'subjectAge', rule: 'type' },
    ]);
  });

  it('refuses null for a required field and an array where a record belongs', () => {
    expect(violationsOf(minimalEvent({ city: null, location: [37, 126] }))).toEqual([
      { field: 'city', rule: 'required' },
      { field: 'location', rule: 'type' },
    ]);
  });

  it('refuses date-times that are not ISO 8601 with an offset, once per field', () => {
    expect(violationsOf(minimalEvent({ occurredAt: '2025-05-01 09:30', reportedAt: 1746091800000 }))).toEqual([
      { field: 'occurredAt', rule: 'format' },
      { field: 'reportedAt', rule: 'format' },
    ]);
    expect(violationsOf(minimalEvent({ occurredAt: '2025-05-01T09:30:00' }))).toEqual([{ field: 'occurredAt', rule: 'format' }]);
    for (const impossible of ['2025-13-01T09:30:00Z', '2025-02-29T09:30:00Z', '2025-04-31T09:30:00Z', '2025-05-01T24:00:00Z']) {
      expect(violationsOf(minimalEvent({ occurredAt: impossible }))).toEqual([{ field: 'occurredAt', rule: 'format' }]);
    }
    expect(validateSafetyEvent(minimalEvent({ occurredAt: '2024-02-29T09:30:00Z', reportedAt: '2024-02-29T09:31:00Z' }), rules).ok).toBe(true);
  });

  it('refuses fields the contract does not have, at any depth', () => {
    expect(violationsOf(minimalEvent({ plate: 'x', location: { latitude: 1, longitude: 2, altitude: 3 } }))).toEqual([
      { field: 'location.altitude', rule: 'unknownField' },
      { field: 'plate', rule: 'unknownField' },
    ]);
  });

  it('refuses a value that is not an object', () => {
    expect(violationsOf('event')).toEqual([{ field: 'body', rule: 'type' }]);
    expect(validateSafetyEvent(null, rules, 'events[3]')).toEqual({ ok: false, violations: [{ field: 'events[3]', rule: 'type', message: 'must be an event object' }] });
  });

  it('never quotes the offending value in a message', () => {
    const result = validateSafetyEvent(fullEvent({ description: 12345, reporter: { phone: 821012345678 } }), rules);
    expect(JSON.stringify(!result.ok && result.violations)).not.toMatch(/12345/);
  });
});
