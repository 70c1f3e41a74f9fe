import fc from 'fast-check';
import { bucketStartOf } from './time-bucket';

const at = (iso: string): number => Date.parse(iso);

describe('bucketStartOf', () => {
  it.each([
    ['inside a bucket', '2026-11-21T10:22:59.999Z', 15, '2026-11-21T10:15:00.000Z'],
    ['on a boundary', '2026-11-21T10:15:00.000Z', 15, '2026-11-21T10:15:00.000Z'],
    ['one millisecond before a boundary', '2026-11-21T10:14:59.999Z', 15, '2026-11-21T10:00:00.000Z'],
    ['an hour bucket', '2026-11-21T10:59:00.000Z', 60, '2026-11-21T10:00:00.000Z'],
    ['a day bucket', '2026-11-21T23:59:59.999Z', 1440, '2026-11-21T00:00:00.000Z'],
    ['a one-minute bucket', '2026-11-21T10:22:33.444Z', 1, '2026-11-21T10:22:00.000Z'],
    ['before 1970', '1969-12-31T23:59:59.999Z', 15, '1969-12-31T23:45:00.000Z'],
  ])('floors a time %s', (_, time, width, start) => {
    expect(bucketStartOf(at(time), width)).toBe(at(start));
  });

  it('returns the start of a bucket that holds the time', () => {
    const widths = fc.constantFrom(1, 5, 10, 15, 30, 60, 120, 360, 720, 1440);
    fc.assert(
      fc.property(fc.integer({ min: -8_640_000_000_000, max: 8_640_000_000_000 }), widths, (time, minutes) => {
        const start = bucketStartOf(time, minutes);
        expect(start).toBeLessThanOrEqual(time);
        expect(time - start).toBeLessThan(minutes * 60_000);
        expect(Math.abs(start % (minutes * 60_000))).toBe(0);
        expect(bucketStartOf(start, minutes)).toBe(start);
      }),
    );
  });
});
