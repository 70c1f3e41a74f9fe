import { ValidationError } from '@usm/errors';
import { nodeContextOf, testPrivacyPolicy } from '../../testing/test-privacy-policy';
import { testPseudonymiser } from '../../testing/test-pseudonymiser';
import type { RawSafetyEvent } from '../contract/raw-safety-event';
import { anonymiseEvent } from './anonymise-event';

const reportedAt = Date.parse('2026-11-21T10:00:00Z');
const raw = {
  eventId: '0f8fad5b-d9cb-469f-a165-70867728950e', city: 'osaka', source: { systemId: 's', kind: 'fireSensor', legalBasis: 'publicTask' }, category: 'security',
  subCategory: 'buildingFire', severity: 'low', occurredAt: reportedAt - 60_000, reportedAt, location: { latitude: 34.69, longitude: 135.5 },
  address: null, description: null, reporter: null, vehiclePlates: [], mediaLinks: [], deviceId: null, subjectAge: null, attributes: {},
} as RawSafetyEvent;
const anonymise = (event: RawSafetyEvent) => anonymiseEvent(event, nodeContextOf(raw, testPrivacyPolicy(), testPseudonymiser()));
const tenYears = 10 * 365 * 86_400_000;

describe('anonymiseEvent on raw events that break the raw event rules', () => {
  it.each([
    ['a latitude over 90', { location: { latitude: 90.5, longitude: 0 } }, 'location.latitude', 'range'],
    ['a longitude under -180', { location: { latitude: 0, longitude: -181 } }, 'location.longitude', 'range'],
    ['a latitude that is not a number', { location: { latitude: Number.NaN, longitude: 0 } }, 'location.latitude', 'range'],
    ['a fractional time', { occurredAt: reportedAt - 1.5 }, 'occurredAt', 'epoch-millis'],
    ['a negative age', { subjectAge: -1 }, 'subjectAge', 'range'],
    ['an age of 300', { subjectAge: 300 }, 'subjectAge', 'range'],
    ['a fractional age', { subjectAge: 30.5 }, 'subjectAge', 'integer'],
    ["another city's id", { city: 'incheon' }, 'city', 'nodeCity'],
    ['a sub-category outside FIWARE', { subCategory: 'alienLanding' }, 'subCategory', 'subCategory'],
    ['an occurredAt ten years ahead', { occurredAt: reportedAt + tenYears }, 'occurredAt', 'notInFuture'],
    ['an occurredAt a year before the report', { occurredAt: reportedAt - tenYears / 10 }, 'occurredAt', 'maxReportDelay'],
    ['an event id that is not a UUID', { eventId: 'e' }, 'eventId', 'uuid'],
    ['a description over its schema limit', { description: 'x'.repeat(4001) }, 'description', 'maxLength'],
  ])('refuses %s with PRIVACY.INVALID_EVENT, naming the field and rule', (_, change, field, rule) => {
    const event = { ...raw, ...change } as RawSafetyEvent;
    expect(() => anonymise(event)).toThrow(ValidationError);
    expect(() => anonymise(event)).toThrow(expect.objectContaining({ code: 'PRIVACY.INVALID_EVENT', details: expect.objectContaining({ field, rule }) }));
  });

  it('refuses a record of another shape (no location) as a ValidationError, not a TypeError', () => {
    const { location: _location, ...withoutLocation } = raw;
    expect(() => anonymise(withoutLocation as unknown as RawSafetyEvent)).toThrow(ValidationError);
  });

  it('never puts the offending value in the error', () => {
    const error = (() => {
      try {
        return anonymise({ ...raw, city: 'Marc García Puig', attributes: { ['Hans Müller'.repeat(8)]: 'x' } });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify(error)).not.toMatch(/García|Müller/);
    expect(String((error as Error).message)).not.toMatch(/García|Müller/);
  });

  it('accepts the edges of the ranges', () => {
    const edges = { ...raw, location: { latitude: -90, longitude: 180 }, subjectAge: 0 } as RawSafetyEvent;
    expect(anonymise(edges).ageBand).toBe('0-9');
  });
});
