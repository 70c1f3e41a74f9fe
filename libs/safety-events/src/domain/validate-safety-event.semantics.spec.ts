import { fullEvent, minimalEvent, specNow, specRules } from '../testing/sample-events';
import { validateSafetyEvent } from './validate-safety-event';

const rules = specRules({ maxClockSkewMs: 60_000 });

function violationsOf(input: unknown): { field: string; rule: string; message: string }[] {
  const result = validateSafetyEvent(input, rules);
  return result.ok ? [] : [...result.violations];
}

const iso = (millis: number): string => new Date(millis).toISOString();

describe('validateSafetyEvent: semantic rules', () => {
  it('requires eventId to be a UUID', () => {
    expect(violationsOf(minimalEvent({ eventId: 'event-42' }))).toEqual([{ field: 'eventId', rule: 'uuid', message: expect.stringMatching(/UUID/) }]);
    expect(violationsOf(minimalEvent({ eventId: '00000000-0000-0000-0000-000000000000' }))).toMatchObject([{ rule: 'uuid' }]);
    expect(violationsOf(minimalEvent({ eventId: '0F8FAD5B-D9CB-469F-A165-70867728950E' }))).toEqual([]);
  });

  it("requires the event's city to be this node's", () => {
    expect(violationsOf(minimalEvent({ city: 'barcelona' }))).toEqual([{ field: 'city', rule: 'nodeCity', message: 'must be the city of this node, incheon' }]);
  });

  it('requires the subCategory to belong to the FIWARE category', () => {
    expect(violationsOf(minimalEvent({ category: 'weather', subCategory: 'carAccident' }))).toEqual([
      { field: 'subCategory', rule: 'subCategory', message: expect.stringMatching(/^must be a FIWARE Alert subCategory of weather: rainfall, /) },
    ]);
    expect(violationsOf(minimalEvent({ category: 'weather', subCategory: 'snow/ice' }))).toEqual([]);
  });

  it('leaves the subCategory alone when the category itself is invalid (reported once, as enum)', () => {
    expect(violationsOf(minimalEvent({ category: 'fire', subCategory: 'carAccident' }))).toMatchObject([{ field: 'category', rule: 'enum' }]);
  });

  it('keeps latitude within -90..90 and longitude within -180..180, bounds included', () => {
    expect(violationsOf(minimalEvent({ location: { latitude: 90.0001, longitude: -180.5 } }))).toEqual([
      { field: 'location.latitude', rule: 'range', message: 'must be between -90 and 90' },
      { field: 'location.longitude', rule: 'range', message: 'must be between -180 and 180' },
    ]);
    expect(violationsOf(minimalEvent({ location: { latitude: -90, longitude: 180 } }))).toEqual([]);
  });

  it('accepts times up to the allowed clock skew ahead of now, and no further', () => {
    expect(violationsOf(minimalEvent({ occurredAt: iso(specNow + 60_000), reportedAt: iso(specNow + 60_000) }))).toEqual([]);
    expect(violationsOf(minimalEvent({ occurredAt: iso(specNow + 60_001), reportedAt: iso(specNow + 3_600_000) }))).toEqual([
      { field: 'occurredAt', rule: 'notInFuture', message: 'must not be later than now plus 60000 ms of clock skew' },
      { field: 'reportedAt', rule: 'notInFuture', message: 'must not be later than now plus 60000 ms of clock skew' },
    ]);
  });

  it('takes now and the skew from its input, never from a clock', () => {
    const event = minimalEvent({ occurredAt: '2030-01-01T00:00:00Z', reportedAt: '2030-01-01T00:00:00Z' });
    expect(validateSafetyEvent(event, specRules({ now: Date.parse('2030-01-01T00:00:00Z') })).ok).toBe(true);
    expect(validateSafetyEvent(event, specRules()).ok).toBe(false);
  });

  it('refuses a blank source system id and an impossible age', () => {
    expect(violationsOf(fullEvent({ source: { systemId: '  ', kind: 'citizenReport', legalBasis: 'consent' }, subjectAge: -1 }))).toEqual([
      { field: 'source.systemId', rule: 'minLength', message: 'must not be blank' },
      { field: 'subjectAge', rule: 'range', message: 'must be between 0 and 150' },
    ]);
  });

  it('reports structural and semantic violations of one event together, in field order', () => {
    expect(violationsOf(minimalEvent({ eventId: 'x', city: 'osaka', severity: 'extreme', location: { latitude: 91, longitude: 'east' } })).map((v) => `${v.field}:${v.rule}`)).toEqual([
      'eventId:uuid',
      'city:nodeCity',
      'severity:enum',
      'location.latitude:range',
      'location.longitude:type',
    ]);
  });
});

describe('validateSafetyEvent: rules shared with the privacy service', () => {
  it('refuses an event that occurred more than the report delay before it was reported', () => {
    expect(violationsOf(minimalEvent({ occurredAt: '2025-03-01T00:00:00Z' }))).toEqual([
      { field: 'occurredAt', rule: 'maxReportDelay', message: expect.stringMatching(/before reportedAt/) },
    ]);
    expect(validateSafetyEvent(minimalEvent({ occurredAt: '2025-03-01T00:00:00Z' }), specRules({ maxReportDelayMs: 90 * 86_400_000 })).ok).toBe(true);
  });

  it('refuses strings longer than the contract declares, naming the field and never the value', () => {
    const result = violationsOf(fullEvent({ description: 'x'.repeat(4001) }));
    expect(result).toEqual([{ field: 'description', rule: 'maxLength', message: 'must be at most 4000 characters' }]);
  });
});
