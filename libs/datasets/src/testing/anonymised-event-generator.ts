import { createHash } from 'node:crypto';
import { latLngToCell } from 'h3-js';
import type { AnonymisedSafetyEvent, AlertCategory, AlertSeverity, SourceKind } from '@usm/contracts';

/** Where the generated events of a city happen: a centre, in degrees. */
const centres: Readonly<Record<string, readonly [number, number]>> = { incheon: [37.4563, 126.7052], barcelona: [41.3874, 2.1686] };

const kinds: readonly { category: AlertCategory; subCategories: readonly string[]; source: SourceKind }[] = [
  { category: 'traffic', subCategories: ['carAccident', 'pedestrianOnRoad', 'hazardOnRoad', 'trafficJam'], source: 'trafficHazardDetector' },
  { category: 'security', subCategories: ['buildingFire', 'suspiciousAction', 'assault'], source: 'cctvAnalytics' },
  { category: 'health', subCategories: ['fallenPatient', 'heartAttack'], source: 'emergencyCall' },
];
const severities: readonly AlertSeverity[] = ['low', 'medium', 'high'];
const ageBands = ['10-19', '20-29', '30-39', '40-49', '50-59', '60-69'];

const uuidOf = (text: string): string => {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * The n-th anonymised event of a synthetic city, deterministic in (city, run, n): events spread over 40 H3 cells
 * (res 9), 96 quarter-hour buckets of one day, 6 age bands, 4 districts, 3 categories; 400 reporters.
 * Enough repetition that k = 5, l = 2 is reachable after some generalisation, as in a real city's day.
 */
export function anonymisedEventOf(city: string, run: string, n: number, dayStart = Date.UTC(2026, 10, 2)): AnonymisedSafetyEvent {
  const [lat, lng] = centres[city] ?? [0, 0];
  const cell = n % 40;
  const kind = kinds[(n * 7) % kinds.length] as (typeof kinds)[number];
  return {
    eventId: uuidOf(`${city}/${run}/${n}`),
    city,
    source: { kind: kind.source, legalBasis: 'publicTask' },
    category: kind.category,
    subCategory: kind.subCategories[(n * 13) % kind.subCategories.length] as string,
    severity: severities[(n * 5) % severities.length] as AlertSeverity,
    occurredAtBucketStart: dayStart + ((n * 31) % 96) * 15 * 60_000,
    bucketWidthMinutes: 15,
    h3Cell: latLngToCell(lat + (cell % 8) * 0.002, lng + Math.floor(cell / 8) * 0.002, 9),
    h3Resolution: 9,
    district: `${city}-district-${n % 4}`,
    ageBand: n % 10 === 0 ? null : (ageBands[(n * 3) % ageBands.length] as string),
    description: null,
    reporterPseudonym: `rp-${city}-${n % 400}`,
    vehiclePseudonyms: [],
    attributes: {},
    privacy: { policyVersion: 'policy-2026.11', keyId: 'key-1' },
  };
}
