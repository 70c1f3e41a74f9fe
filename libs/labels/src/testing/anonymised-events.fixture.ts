import type { AnonymisedSafetyEvent } from '@usm/contracts';

/** An anonymised event of the child-commute kind, with the fields the rules look at given. */
export function anonymisedEvent(overrides: Partial<AnonymisedSafetyEvent> & Pick<AnonymisedSafetyEvent, 'eventId'>): AnonymisedSafetyEvent {
  return {
    city: 'incheon',
    source: { kind: 'trafficHazardDetector', legalBasis: 'publicTask' },
    category: 'traffic',
    subCategory: 'carWrongDirection',
    severity: 'high',
    occurredAtBucketStart: Date.UTC(2026, 11, 3, 0, 0),
    bucketWidthMinutes: 15,
    h3Cell: '8930e0a8127ffff',
    h3Resolution: 9,
    district: 'michuhol-gu',
    ageBand: null,
    description: null,
    reporterPseudonym: 'rp-incheon-1',
    vehiclePseudonyms: ['vp-incheon-1'],
    attributes: {},
    privacy: { policyVersion: 'p1', keyId: 'k1' },
    ...overrides,
  };
}
