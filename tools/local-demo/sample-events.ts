import { randomUUID } from 'node:crypto';

/** A few events like Incheon's systems send them, stamped a little before `now`. */
export function sampleEvents(city: string, now: Date): Record<string, unknown>[] {
  const at = (minutesAgo: number): string => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
  const base = { city, reportedAt: at(0) };
  return [
    {
      ...base,
      eventId: randomUUID(),
      source: { systemId: 'school-zone-radar-12', kind: 'trafficHazardDetector', legalBasis: 'pseudonymisedResearch' },
      category: 'traffic',
      subCategory: 'carWrongDirection',
      severity: 'high',
      occurredAt: at(3),
      location: { latitude: 37.4563, longitude: 126.7052 },
      vehiclePlates: ['12가3456'],
      description: 'Vehicle driving against traffic next to Songdo primary school',
      attributes: { lane: '2', speedKmh: '47', driverName: 'Lee Seo-yeon' },
    },
    {
      ...base,
      eventId: randomUUID(),
      source: { systemId: 'call-centre-1', kind: 'emergencyCall', legalBasis: 'statute' },
      category: 'security',
      subCategory: 'robbery',
      severity: 'critical',
      occurredAt: at(2),
      location: { latitude: 37.4738, longitude: 126.6217 },
      address: { streetAddress: '15 Wolmi-ro', district: 'Jung-gu', locality: 'Incheon', postalCode: '22314', country: 'KR' },
      reporter: { name: 'Kim Min-jun', phone: '+82 10-1234-5678', email: 'minjun.kim@example.kr' },
      description: 'Caller (010-1234-5678) reports a robbery at a convenience store',
      subjectAge: 34,
    },
    {
      ...base,
      eventId: randomUUID(),
      source: { systemId: 'safety-app', kind: 'citizenReport', legalBasis: 'consent' },
      category: 'traffic',
      subCategory: 'pothole',
      severity: 'low',
      occurredAt: at(4),
      location: { latitude: 37.3894, longitude: 126.6431 },
      reporter: { name: 'Park Ji-woo', phone: '010-9876-5432', email: 'jiwoo.park@example.kr' },
      description: 'Deep pothole in front of Songdo Central Park gate 3, call me at 010-9876-5432',
      mediaLinks: ['https://media.example/incheon/pothole-77.jpg'],
      subjectAge: 41,
    },
    {
      ...base,
      eventId: randomUUID(),
      source: { systemId: 'smoke-sensor-b7', kind: 'smokeSensor', legalBasis: 'publicTask' },
      category: 'security',
      subCategory: 'buildingFire',
      severity: 'medium',
      occurredAt: at(1),
      location: { latitude: 37.3925, longitude: 126.6390 },
      deviceId: 'smk-00-1b-44-11-3a-b7',
    },
  ];
}
