import fc from 'fast-check';
import type { DatasetRow, RowLineage, Split } from '../../domain';

const SPLITS: readonly Split[] = ['train', 'validation', 'test'];

/** Rows that look like a release: generalised values, nulls where a quasi-identifier was dropped. */
export function sampleRows(count: number, split: Split = 'train'): DatasetRow[] {
  return Array.from({ length: count }, (_, i) => ({
    rowId: `${split}-${String(i).padStart(7, '0')}`,
    eventId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    city: i % 3 === 0 ? 'barcelona' : 'incheon',
    sourceKind: 'citizenReport',
    category: ['traffic', 'lighting', 'flooding'][i % 3] ?? 'traffic',
    subCategory: `sub-${i % 5}`,
    severity: ['low', 'medium', 'high'][i % 3] ?? 'low',
    h3Cell: `87${(0x30e1a000 + (i % 7)).toString(16)}ffff`,
    h3Resolution: 7,
    timeBucketStart: 1_767_225_600_000 + (i % 4) * 3_600_000,
    timeBucketMinutes: 60,
    ageBand: i % 4 === 0 ? null : '30-49',
    district: i % 5 === 0 ? null : `district-${i % 2}`,
    label: i % 2 === 0 ? null : 'pothole',
    labelConfidence: i % 2 === 0 ? null : 0.25 + (i % 3) * 0.25,
    labellerKind: i % 2 === 0 ? null : (['human', 'model', 'rule'][i % 3] ?? 'human'),
    split,
  }));
}

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** Any row the writers must round-trip, including awkward strings and extreme numbers. */
export const datasetRowArbitrary: fc.Arbitrary<DatasetRow> = fc.record({
  rowId: fc.string(),
  eventId: fc.uuid(),
  city: fc.string(),
  sourceKind: fc.string(),
  category: fc.string(),
  subCategory: fc.string(),
  severity: fc.string(),
  h3Cell: fc.string(),
  h3Resolution: fc.integer({ min: 0, max: 15 }),
  timeBucketStart: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  timeBucketMinutes: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  ageBand: nullable(fc.string()),
  district: nullable(fc.string()),
  label: nullable(fc.string()),
  labelConfidence: nullable(fc.double({ noNaN: true, noDefaultInfinity: true })),
  labellerKind: nullable(fc.constantFrom('human', 'model', 'rule')),
  split: fc.constantFrom(...SPLITS),
});

export function sampleLineage(rows: readonly DatasetRow[]): RowLineage[] {
  return rows.map((row, i) => ({
    rowId: row.rowId,
    event: { city: row.city, topic: 'safety.events.anonymised.v1', partition: i % 3, offset: String(1000 + i), eventId: row.eventId },
    label: row.label === null ? null : { city: row.city, topic: 'safety.labels.v1', partition: 0, offset: String(i), labelId: `label-${i}` },
  }));
}
