import fc from 'fast-check';
import { ageBandOf } from './age-band';

const tens = { width: 10, openFrom: 80 };

describe('ageBandOf', () => {
  it.each([
    [0, '0-9'],
    [9, '0-9'],
    [10, '10-19'],
    [35, '30-39'],
    [79, '70-79'],
    [80, '80+'],
    [120, '80+'],
  ])('puts %i in %s with ten-year bands', (age, band) => {
    expect(ageBandOf(age, tens)).toBe(band);
  });

  it('uses the configured width and open band', () => {
    expect(ageBandOf(17, { width: 5, openFrom: 65 })).toBe('15-19');
    expect(ageBandOf(64, { width: 5, openFrom: 65 })).toBe('60-64');
    expect(ageBandOf(65, { width: 5, openFrom: 65 })).toBe('65+');
  });

  it('writes one-year bands as the year alone', () => {
    expect(ageBandOf(42, { width: 1, openFrom: 90 })).toBe('42');
  });

  it('puts every age in a band that holds it', () => {
    const settings = fc.integer({ min: 1, max: 20 }).chain((width) =>
      fc.integer({ min: 1, max: 10 }).map((bands) => ({ width, openFrom: width * bands })),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150 }), settings, (age, bands) => {
        const band = ageBandOf(age, bands);
        if (age >= bands.openFrom) return expect(band).toBe(`${bands.openFrom}+`);
        const [low, high = low] = band.split('-').map(Number);
        expect(age).toBeGreaterThanOrEqual(low ?? Number.NaN);
        expect(age).toBeLessThanOrEqual(high ?? Number.NaN);
        expect((high ?? 0) - (low ?? 0) + 1).toBe(bands.width);
      }),
    );
  });
});
