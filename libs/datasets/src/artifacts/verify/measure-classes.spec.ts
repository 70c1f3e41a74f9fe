import fc from 'fast-check';
import { measureClasses } from './measure-classes';

const QIS = ['h3Cell', 'timeBucket', 'ageBand', 'district'];

// Definition-level reference: for each record, its class is every record equal on all QI columns.
function naive(records: Record<string, unknown>[], sensitive: string): { k: number; l: number } {
  if (records.length === 0) return { k: 0, l: 0 };
  const cols = ['h3Cell', 'timeBucketStart', 'timeBucketMinutes', 'ageBand', 'district'];
  const same = (a: Record<string, unknown>, b: Record<string, unknown>) => cols.every((c) => a[c] === b[c]);
  const sizes = records.map((r) => records.filter((o) => same(r, o)));
  return { k: Math.min(...sizes.map((c) => c.length)), l: Math.min(...sizes.map((c) => new Set(c.map((o) => o[sensitive])).size)) };
}

describe('measureClasses', () => {
  it('agrees with the definition of k and l on any records (property)', () => {
    const small = (values: readonly (string | null)[]) => fc.constantFrom(...values);
    const record = fc.record({
      h3Cell: small(['a', 'b']),
      timeBucketStart: fc.constantFrom(0, 3_600_000),
      timeBucketMinutes: fc.constantFrom(60, 120),
      ageBand: small(['18-29', null]),
      district: small(['d1', null]),
      label: small(['x', 'y', 'z', null]),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), (records) => {
        const measured = measureClasses(records, QIS, 'label');
        expect({ k: measured.k, l: measured.l }).toEqual(naive(records, 'label'));
        expect(measured.rows).toBe(records.length);
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

  it('refuses an unknown quasi-identifier', () => {
    expect(() => measureClasses([{}], ['shoeSize'], 'label')).toThrow(RangeError);
  });
});
