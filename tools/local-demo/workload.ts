import { randomUUID } from 'node:crypto';

/** The kinds of source the sample workload imitates, and how each reaches ingest. */
export const workloadSources = [
  { kind: 'trafficHazardDetector', label: 'school-zone radar', channel: 'http' },
  { kind: 'cctvAnalytics', label: 'CCTV analytics', channel: 'http' },
  { kind: 'emergencyCall', label: 'emergency call', channel: 'http' },
  { kind: 'citizenReport', label: 'citizen report', channel: 'http' },
  { kind: 'smokeSensor', label: 'smoke sensor', channel: 'mqtt' },
] as const;

export type WorkloadSource = (typeof workloadSources)[number];
export type Channel = WorkloadSource['channel'];

/** Centre of each city of the mesh (WGS 84); events fall within about 5 km of it. */
export const cityCentres: Readonly<Record<string, { readonly latitude: number; readonly longitude: number; readonly country: string; readonly phone: string }>> = {
  incheon: { latitude: 37.4563, longitude: 126.7052, country: 'KR', phone: '+82 10-' },
  barcelona: { latitude: 41.3874, longitude: 2.1686, country: 'ES', phone: '+34 6' },
  hamburg: { latitude: 53.5511, longitude: 9.9937, country: 'DE', phone: '+49 151 ' },
  osaka: { latitude: 34.6937, longitude: 135.5023, country: 'JP', phone: '+81 90-' },
  kaohsiung: { latitude: 22.6273, longitude: 120.3014, country: 'TW', phone: '+886 9' },
  gwangju: { latitude: 35.1595, longitude: 126.8526, country: 'KR', phone: '+82 10-' },
};

/** A source of randomness in [0, 1): Math.random in the tool, a seeded one in specs. */
export type Random = () => number;

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)] as T;
const digits = (count: number, random: Random): string => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');

/** Sub-categories of the shareable sources (radars and cameras): the labels a demo benchmark scores. */
export const shareableSubCategories = ['carWrongDirection', 'trafficJam', 'carAccident', 'suspiciousAction', 'assault'] as const;

/** Fixed installations (radars, cameras) per city: this many school zones, each with its own site. */
export const installationsPerCity = 4;

/** Where installation `n` (1-based) of a city stands: on a ring of about 2 km around the centre, one per school zone. */
export function installationSite(city: string, n: number): { latitude: number; longitude: number } {
  const centre = cityCentres[city];
  if (!centre) throw new Error(`no centre known for ${city}`);
  const angle = (2 * Math.PI * (n - 1)) / installationsPerCity;
  return { latitude: round(centre.latitude + 0.018 * Math.sin(angle)), longitude: round(centre.longitude + 0.022 * Math.cos(angle)) };
}

/** One realistic raw event of `source` in `city`, stamped a little before `now`, as the source system would post it. */
export function workloadEvent(city: string, source: WorkloadSource, now: Date, random: Random, eventId: string = randomUUID()): Record<string, unknown> {
  const centre = cityCentres[city];
  if (!centre) throw new Error(`no centre known for ${city}`);
  const at = (secondsAgo: number) => new Date(now.getTime() - secondsAgo * 1000).toISOString();
  const details = detailsOf(city, source, random, centre);
  // Radars and cameras report from where they are mounted; calls, reports and sensors come from anywhere in the city.
  const installation = /-(\d+)$/.exec(String((details['source'] as { systemId: string }).systemId));
  const fixed = source.kind === 'trafficHazardDetector' || source.kind === 'cctvAnalytics';
  const location = fixed && installation
    ? installationSite(city, Number(installation[1]))
    : { latitude: round(centre.latitude + (random() - 0.5) * 0.09), longitude: round(centre.longitude + (random() - 0.5) * 0.11) };
  return { eventId, city, reportedAt: at(0), occurredAt: at(5 + Math.floor(random() * 120)), location, ...details };
}

const round = (value: number): number => Math.round(value * 1e5) / 1e5;

function detailsOf(city: string, source: WorkloadSource, random: Random, centre: { country: string; phone: string }): Record<string, unknown> {
  const system = (kind: string) => `${city}-${kind}-${1 + Math.floor(random() * installationsPerCity)}`;
  switch (source.kind) {
    case 'trafficHazardDetector':
      return {
        source: { systemId: system(source.kind), kind: source.kind, legalBasis: 'pseudonymisedResearch' },
        ...pick([{ category: 'traffic', subCategory: 'carWrongDirection' }, { category: 'traffic', subCategory: 'trafficJam' }, { category: 'traffic', subCategory: 'carAccident' }], random),
        severity: pick(['low', 'medium', 'high'], random),
        attributes: { speedKmh: String(20 + Math.floor(random() * 60)), lane: String(1 + Math.floor(random() * 3)), schoolZone: 'true' },
      };
    case 'cctvAnalytics':
      return {
        source: { systemId: system(source.kind), kind: source.kind, legalBasis: 'pseudonymisedResearch' },
        ...pick([{ category: 'security', subCategory: 'suspiciousAction' }, { category: 'security', subCategory: 'assault' }, { category: 'traffic', subCategory: 'carAccident' }], random),
        severity: pick(['medium', 'high'], random),
        subjectAge: 16 + Math.floor(random() * 60),
      };
    case 'emergencyCall':
      return {
        source: { systemId: system(source.kind), kind: source.kind, legalBasis: 'statute' },
        ...pick([{ category: 'security', subCategory: 'robbery' }, { category: 'health', subCategory: 'heartAttack' }, { category: 'security', subCategory: 'buildingFire' }], random),
        severity: pick(['high', 'critical'], random),
        reporter: { name: pick(['Kim Min-jun', 'Laura García', 'Jonas Becker', 'Sato Yui', 'Lin Mei-hua'], random), phone: `${centre.phone}${digits(4, random)}-${digits(4, random)}` },
        subjectAge: 18 + Math.floor(random() * 70),
      };
    case 'citizenReport':
      return {
        source: { systemId: system(source.kind), kind: source.kind, legalBasis: 'consent' },
        ...pick([{ category: 'traffic', subCategory: 'pothole' }, { category: 'traffic', subCategory: 'hazardOnRoad' }], random),
        severity: 'low',
        reporter: { email: `reporter${digits(5, random)}@example.org` },
        description: 'Reported through the city safety app',
      };
    case 'smokeSensor':
      return {
        source: { systemId: `demo-sensor-${city}`, kind: source.kind, legalBasis: 'publicTask' },
        category: 'security',
        subCategory: 'buildingFire',
        severity: pick(['medium', 'high'], random),
        deviceId: `smk-${digits(6, random)}`,
      };
  }
}

/** The sources of one round of `count` events: every kind in turn, so each round covers every channel. */
export function roundSources(count: number, offset = 0): WorkloadSource[] {
  return Array.from({ length: count }, (_, i) => workloadSources[(offset + i) % workloadSources.length] as WorkloadSource);
}
