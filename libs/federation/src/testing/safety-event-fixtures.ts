import { randomUUID } from 'node:crypto';
import type { AnonymisedSafetyEvent, RawSafetyEvent } from '@usm/contracts';

/** An anonymised event as the privacy service would publish it; nothing in it identifies anyone. */
export function anonymisedEvent(city: string, n: number): AnonymisedSafetyEvent {
  return {
    eventId: randomUUID(),
    city,
    source: { kind: 'cctvAnalytics', legalBasis: 'publicTask' },
    category: 'traffic',
    subCategory: 'carAccident',
    severity: 'high',
    occurredAtBucketStart: Date.parse('2026-05-01T09:30:00Z') + n * 900_000,
    bucketWidthMinutes: 15,
    h3Cell: '8830e1d8bbfffff',
    h3Resolution: 8,
    district: 'Jung-gu',
    ageBand: null,
    description: null,
    reporterPseudonym: `psn-${n}`,
    vehiclePseudonyms: [],
    attributes: {},
    privacy: { policyVersion: 'test-1', keyId: 'k1' },
  };
}

/** Identifying values unique to one test run, so a scan of a whole cluster cannot match anything else. */
export function plantedIdentifiers(run: string): { readonly name: string; readonly phone: string; readonly plate: string; readonly email: string } {
  const tag = run.replace(/[^a-z0-9]/gi, '').slice(-10);
  return { name: `Planted Kim ${tag}`, phone: `+8210${tag}`, plate: `PLATE-${tag}`, email: `planted.${tag}@example.test` };
}

/** A raw event carrying the planted identifiers in its direct fields. */
export function plantedRawEvent(city: string, planted: ReturnType<typeof plantedIdentifiers>): RawSafetyEvent {
  return {
    eventId: randomUUID(),
    city,
    source: { systemId: 'call-centre-1', kind: 'emergencyCall', legalBasis: 'statute' },
    category: 'security',
    subCategory: 'robbery',
    severity: 'high',
    occurredAt: Date.parse('2026-05-01T09:30:00Z'),
    reportedAt: Date.parse('2026-05-01T09:30:05Z'),
    location: { latitude: 37.4563, longitude: 126.7052 },
    address: null,
    description: `Caller ${planted.name} reports a robbery`,
    reporter: { name: planted.name, phone: planted.phone, email: planted.email },
    vehiclePlates: [planted.plate],
    mediaLinks: [],
    deviceId: null,
    subjectAge: 34,
    attributes: {},
  };
}

/**
 * A raw event that passes every gate of the shipped policy and Incheon's source-system registry (a registered
 * call centre claiming pseudonymised research), with no free text: it must come out, and only once.
 * Times are taken from `now` so the contract's clock-skew rule accepts them.
 */
export function shareableRawEvent(city: string, now: number): RawSafetyEvent {
  return {
    eventId: randomUUID(),
    city,
    source: { systemId: 'call-centre-1', kind: 'emergencyCall', legalBasis: 'pseudonymisedResearch' },
    category: 'security',
    subCategory: 'robbery',
    severity: 'high',
    occurredAt: now - 60_000,
    reportedAt: now - 55_000,
    location: { latitude: 37.4563, longitude: 126.7052 },
    address: null,
    description: null,
    reporter: null,
    vehiclePlates: [],
    mediaLinks: [],
    deviceId: null,
    subjectAge: 34,
    attributes: {},
  };
}
