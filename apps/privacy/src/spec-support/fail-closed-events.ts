import { randomUUID } from 'node:crypto';
import type { AnonymisedSafetyEvent, RawSafetyEvent } from '@usm/privacy';

/** A raw event the default policy and Incheon's source-system registry publish: a registered CCTV claiming pseudonymised research. */
export function publishableRawEvent(overrides: Partial<RawSafetyEvent> = {}): RawSafetyEvent {
  const occurredAt = Date.now() - 60_000;
  return {
    eventId: randomUUID(),
    city: 'incheon',
    source: { systemId: 'cctv-incheon-017', kind: 'cctvAnalytics', legalBasis: 'pseudonymisedResearch' },
    category: 'traffic',
    subCategory: 'trafficJam',
    severity: 'medium',
    occurredAt,
    reportedAt: occurredAt + 5_000,
    location: { latitude: 37.4563, longitude: 126.7052 },
    address: null,
    description: null,
    reporter: null,
    vehiclePlates: [],
    mediaLinks: [],
    deviceId: null,
    subjectAge: null,
    attributes: {},
    ...overrides,
  };
}

/** A valid record of the anonymised contract: what lands on the raw topic when a producer picks the wrong topic. */
export function anonymisedEventOfAnotherProducer(): AnonymisedSafetyEvent {
  return {
    eventId: randomUUID(),
    city: 'incheon',
    source: { kind: 'cctvAnalytics', legalBasis: 'pseudonymisedResearch' },
    category: 'traffic',
    subCategory: 'trafficJam',
    severity: 'medium',
    occurredAtBucketStart: 1_793_000_000_000,
    bucketWidthMinutes: 15,
    h3Cell: '8830e1d8d3fffff',
    h3Resolution: 8,
    district: null,
    ageBand: null,
    description: null,
    reporterPseudonym: null,
    vehiclePseudonyms: [],
    attributes: {},
    privacy: { policyVersion: '2026-11-21.1', keyId: 'default-2026-11' },
  };
}
