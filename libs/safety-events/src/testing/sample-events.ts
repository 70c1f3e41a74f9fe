import { rawEventContract } from '../application/raw-event-contract';
import type { BatchRules } from '../domain/validation-rules';

/** 2025-05-01T09:31:00Z: the node's clock in specs. */
export const specNow = Date.parse('2025-05-01T09:31:00Z');

/** Validation rules of an incheon node at `specNow`, for specs. */
export function specRules(overrides: Partial<BatchRules> = {}): BatchRules {
  return { contract: rawEventContract(), city: 'incheon', now: specNow, maxClockSkewMs: 60_000, maxBatchSize: 5, ...overrides };
}

let counter = 0;

/** A distinct valid event id per call (v4 form), so specs never share ids by accident. */
export function sampleEventId(): string {
  counter += 1;
  return `0f8fad5b-d9cb-469f-a165-${counter.toString(16).padStart(12, '0')}`;
}

/** A minimal valid event as an HTTP caller sends it: only the required fields. */
export function minimalEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventId: sampleEventId(),
    city: 'incheon',
    source: { systemId: 'cctv-incheon-017', kind: 'cctvAnalytics', legalBasis: 'publicTask' },
    category: 'traffic',
    subCategory: 'carAccident',
    severity: 'high',
    occurredAt: '2025-05-01T09:30:00Z',
    reportedAt: '2025-05-01T09:30:05.250Z',
    location: { latitude: 37.4563, longitude: 126.7052 },
    ...overrides,
  };
}

/** A valid event with every optional field filled. */
export function fullEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return minimalEvent({
    source: { systemId: 'call-centre-1', kind: 'emergencyCall', legalBasis: 'statute' },
    category: 'security',
    subCategory: 'robbery',
    address: { streetAddress: '123 Harbor-ro', district: 'Jung-gu', locality: 'Incheon', postalCode: '22314', country: 'KR' },
    description: 'Caller reports a robbery at a convenience store',
    reporter: { name: 'Kim Min-jun', phone: '+821012345678', email: null },
    vehiclePlates: ['12가3456'],
    mediaLinks: ['https://media.example/incheon/clip-1.mp4'],
    deviceId: null,
    subjectAge: 34,
    attributes: { callId: 'C-2025-0001', 'shift.team': 'night' },
    ...overrides,
  });
}
