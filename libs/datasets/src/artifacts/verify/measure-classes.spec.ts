import fc from 'fast-check';
import type { DatasetRow, QuasiIdentifier } from '../../domain';
import { measureAnonymity } from '../../domain';
import { datasetRowArbitrary } from '../testing/dataset-rows.fixture';
import { measureClasses } from './measure-classes';

const QIS: readonly QuasiIdentifier[] = ['h3Cell', 'timeBucket', 'ageBand', 'district'];

// Definition-level reference: a record's class is every record equal on all quasi-identifier columns.
function naive(records: readonly Record<string, unknown>[], sensitive: string): { k: number; l: number } {
  if (records.length === 0) return { k: 0, l: 0 };
  const cols = ['h3Cell', 'timeBucketStart', 'timeBucketMinutes', 'ageBand', 'district'];
  const same = (a: Record<string, unknown>, b: Record<string, unknown>) => cols.every((c) => a[c] === b[c]);
  const classes = records.map((r) => records.filter((o) => same(r, o)));
  return { k: Math.min(...classes.map((c) => c.length)), l: Math.min(...classes.map((c) => new Set(c.map((o) => o[sensitive])).size)) };
}

// Rows that collide on quasi-identifiers often enough to give classes larger than one.
const collidingRow: fc.Arbitrary<DatasetRow> = fc
  .tuple(datasetRowArbitrary, fc.constantFrom('a', 'b'), fc.constantFrom(0, 3_600_000), fc.constantFrom('18-29', null), fc.constantFrom('d1', null), fc.constantFrom('x', 'y', 'z', null))
  .map(([row, h3Cell, timeBucketStart, ageBand, district, label]) => ({ ...row, h3Cell, timeBucketStart, timeBucketMinutes: 60, ageBand, district, label }));

describe('measureClasses', () => {
  it('agrees with the definition of k and l, and with the domain measureAnonymity, on any rows (property)', () => {
    fc.assert(
      fc.property(fc.array(collidingRow, { maxLength: 60 }), (rows) => {
        const measured = measureClasses(rows as unknown as Record<string, unknown>[], QIS, 'label');
        expect({ k: measured.k, l: measured.l }).toEqual(naive(rows as unknown as Record<string, unknown>[], 'label'));
        expect({ k: measured.k, l: measured.l }).toEqual(measureAnonymity(rows, QIS, 'label'));
        expect(measured.rows).toBe(rows.length);
      }),
    );
  });

  it('groups only by the chosen quasi-identifiers', () => {
    const records = [
      { h3Cell: 'a', district: 'd1', label: 'x' },
      { h3Cell: 'a', district: 'd2', label: 'y' },
    ];
    expect(measureClasses(records, ['h3Cell'], 'label')).toEqual({ k: 2, l: 2, classes: 1, rows: 2 });
    expect(measureClasses(records, ['h3Cell', 'district'], 'label')).toEqual({ k: 1, l: 1, classes: 2, rows: 2 });
  });
});
