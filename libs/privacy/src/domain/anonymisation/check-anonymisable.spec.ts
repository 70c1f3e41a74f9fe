import { ValidationError } from '@usm/errors';
import { testPrivacyPolicy } from '../../testing/test-privacy-policy';
import { testPseudonymiser } from '../../testing/test-pseudonymiser';
import type { RawSafetyEvent } from '../contract/raw-safety-event';
import { anonymiseEvent } from './anonymise-event';

const raw = {
  eventId: 'e', city: 'osaka', source: { systemId: 's', kind: 'fireSensor', legalBasis: 'publicTask' }, category: 'security',
  subCategory: 'buildingFire', severity: 'low', occurredAt: 0, reportedAt: 0, location: { latitude: 34.69, longitude: 135.5 },
  address: null, description: null, reporter: null, vehiclePlates: [], mediaLinks: [], deviceId: null, subjectAge: null, attributes: {},
} as RawSafetyEvent;

describe('anonymiseEvent on values it cannot generalise', () => {
  it.each([
    ['a latitude over 90', { location: { latitude: 90.5, longitude: 0 } }, 'location.latitude'],
    ['a longitude under -180', { location: { latitude: 0, longitude: -181 } }, 'location.longitude'],
    ['a latitude that is not a number', { location: { latitude: Number.NaN, longitude: 0 } }, 'location.latitude'],
    ['a fractional time', { occurredAt: 1.5 }, 'occurredAt'],
    ['a negative age', { subjectAge: -1 }, 'subjectAge'],
    ['a fractional age', { subjectAge: 30.5 }, 'subjectAge'],
  ])('refuses %s with PRIVACY.INVALID_EVENT, naming the field', (_, change, field) => {
    const event = { ...raw, ...change } as RawSafetyEvent;
    expect(() => anonymiseEvent(event, testPrivacyPolicy(), testPseudonymiser())).toThrow(ValidationError);
    expect(() => anonymiseEvent(event, testPrivacyPolicy(), testPseudonymiser())).toThrow(
      expect.objectContaining({ code: 'PRIVACY.INVALID_EVENT', details: expect.objectContaining({ field }) }),
    );
  });

  it('accepts the edges of the ranges', () => {
    const edges = { ...raw, location: { latitude: -90, longitude: 180 }, subjectAge: 0 } as RawSafetyEvent;
    expect(anonymiseEvent(edges, testPrivacyPolicy(), testPseudonymiser()).ageBand).toBe('0-9');
  });
});
