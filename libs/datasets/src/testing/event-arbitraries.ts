import { topicCatalog } from '@usm/contracts';
import fc from 'fast-check';
import { cellToChildren, latLngToCell } from 'h3-js';
import type { SourceEvent } from '../domain/rows/source-event';

const parents = [latLngToCell(37.45, 126.7, 7), latLngToCell(37.5, 126.6, 7)];
/** Res-9 cells under two res-7 parents, so generalising to res 8 or 7 merges them. */
export const cellPool = parents.flatMap((parent) => cellToChildren(parent, 9).slice(0, 3));
const start = Date.UTC(2026, 8, 1);
const subCategories = { traffic: ['carAccident', 'pothole', 'roadWorks'], weather: ['rainfall', 'fog', 'ice'] } as const;

const eventFields = fc.record({
  cell: fc.constantFrom(...cellPool),
  bucket: fc.integer({ min: 0, max: 7 }),
  ageBand: fc.constantFrom('20-29', '30-39', '40-49', '80+', null),
  district: fc.constantFrom('d1', 'd2', null),
  category: fc.constantFrom('traffic' as const, 'weather' as const),
  sub: fc.integer({ min: 0, max: 2 }),
  pseudonym: fc.option(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 12, maxLength: 12 }), { nil: null }),
  partition: fc.integer({ min: 0, max: 2 }),
});

/** Anonymised events with unique ids over small value pools, so equivalence classes form. */
export const sourceEvents = (maxLength = 200): fc.Arbitrary<SourceEvent[]> =>
  fc.uniqueArray(fc.tuple(fc.uuid(), eventFields), { selector: ([id]) => id, maxLength }).map((entries) =>
    entries.map(([eventId, f], i) => ({
      position: { city: 'incheon', topic: topicCatalog.safetyEventsAnonymised.name, partition: f.partition, offset: String(i) },
      eventId,
      city: 'incheon',
      sourceKind: 'cctvAnalytics',
      category: f.category,
      subCategory: subCategories[f.category][f.sub] as string,
      severity: 'medium',
      occurredAtBucketStart: start + f.bucket * 15 * 60_000,
      bucketWidthMinutes: 15,
      h3Cell: f.cell,
      h3Resolution: 9,
      district: f.district,
      ageBand: f.ageBand,
      reporterPseudonym: f.pseudonym === null ? null : `hmac-sha256:k1:${f.pseudonym}`,
      policyVersion: '2026-11-21.1',
    })),
  );
