import { randomUUID } from 'node:crypto';

/** Where the radar stands: a school zone in Incheon's Michuhol-gu. */
export const radarLocation = { latitude: 37.4563, longitude: 126.7052 } as const;

/**
 * A raw event of Incheon's school-zone radar, a system the default privacy policy registers with the
 * pseudonymised-research basis: the kind of event that reaches the anonymised (shareable) topic. Its times are
 * taken from the clock at the call, one minute apart, so ingest's clock-skew rule accepts it.
 */
export function shareableRadarEvent(eventId: string = randomUUID()): Record<string, unknown> {
  return {
    eventId,
    city: 'incheon',
    reportedAt: new Date().toISOString(),
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    source: { systemId: 'school-zone-radar-12', kind: 'trafficHazardDetector', legalBasis: 'pseudonymisedResearch' },
    category: 'traffic',
    subCategory: 'carWrongDirection',
    severity: 'high',
    location: { ...radarLocation },
  };
}
