import { topicCatalog } from '../../catalog/topic-catalog';
import { loadValueSchema } from '../../schemas/load-value-schema';
import type { RawEventRuleSettings } from './raw-event-rule-settings';
import { rawEventRuleViolations } from './raw-event-rules';
import { stringLengthLimitsOf } from './string-length-limits';

const now = Date.parse('2026-11-21T12:00:00Z');
const settings: RawEventRuleSettings = { city: 'incheon', now, maxClockSkewMs: 60_000, lengthLimits: stringLengthLimitsOf(loadValueSchema(topicCatalog.safetyEventsRaw)) };
const event = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  eventId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  city: 'incheon',
  source: { systemId: 'incheon-cctv-1', kind: 'cctvAnalytics', legalBasis: 'publicTask' },
  category: 'traffic',
  subCategory: 'carAccident',
  occurredAt: now - 60_000,
  reportedAt: now,
  location: { latitude: 37.45, longitude: 126.7 },
  address: null,
  description: 'ok',
  vehiclePlates: [],
  mediaLinks: [],
  subjectAge: 40,
  attributes: {},
  ...overrides,
});
const rulesOf = (overrides: Record<string, unknown>, with_: Partial<RawEventRuleSettings> = {}) =>
  rawEventRuleViolations(event(overrides), { ...settings, ...with_ }).map((violation) => `${violation.field}:${violation.rule}`);

describe('rawEventRuleViolations', () => {
  it('accepts a plausible event', () => {
    expect(rawEventRuleViolations(event(), settings)).toEqual([]);
  });

  it.each([
    [{ eventId: 'event-42' }, 'eventId:uuid'],
    [{ city: 'barcelona' }, 'city:nodeCity'],
    [{ subCategory: 'spaceInvasion' }, 'subCategory:subCategory'],
    [{ category: 'weather', subCategory: 'carAccident' }, 'subCategory:subCategory'],
    [{ subjectAge: 300 }, 'subjectAge:range'],
    [{ subjectAge: -1 }, 'subjectAge:range'],
    [{ subjectAge: 3.5 }, 'subjectAge:integer'],
    [{ location: { latitude: 37, longitude: Number.NaN } }, 'location.longitude:range'],
    [{ location: { latitude: 91, longitude: 0 } }, 'location.latitude:range'],
    [{ occurredAt: now + 10 * 365 * 86_400_000 }, 'occurredAt:notInFuture'],
    [{ occurredAt: now - 31 * 86_400_000 }, 'occurredAt:maxReportDelay'],
    [{ source: { systemId: ' ', kind: 'cctvAnalytics', legalBasis: 'publicTask' } }, 'source.systemId:minLength'],
    [{ description: 'x'.repeat(4001) }, 'description:maxLength'],
    [{ vehiclePlates: ['12가3456', 'P'.repeat(33)] }, 'vehiclePlates[1]:maxLength'],
    [{ address: { district: 'D'.repeat(129), streetAddress: null } }, 'address.district:maxLength'],
    [{ attributes: { ['k'.repeat(65)]: 'v' } }, 'attributes:maxKeyLength'],
    [{ attributes: { note: 'v'.repeat(1001) } }, 'attributes:maxLength'],
  ])('refuses %j as %s', (overrides, expected) => {
    expect(rulesOf(overrides)).toEqual([expected]);
  });

  it('takes the report delay bound from its settings', () => {
    expect(rulesOf({ occurredAt: now - 2 * 86_400_000 }, { maxReportDelayMs: 86_400_000 })).toEqual(['occurredAt:maxReportDelay']);
    expect(rulesOf({ occurredAt: now - 2 * 86_400_000 }, { maxReportDelayMs: 3 * 86_400_000 })).toEqual([]);
  });

  it('prefixes paths and never puts a value in a violation', () => {
    const secret = 'Marc García Puig 010-1234-5678';
    const violations = rawEventRuleViolations(event({ city: secret, attributes: { [secret.repeat(3)]: secret.repeat(40) } }), settings, 'events[2]');
    expect(violations.map((violation) => violation.field)).toEqual(['events[2].city', 'events[2].attributes', 'events[2].attributes']);
    expect(JSON.stringify(violations)).not.toContain('García');
  });
});
