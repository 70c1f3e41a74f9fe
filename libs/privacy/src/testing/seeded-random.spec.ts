import { seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('repeats itself for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws floats in [0, 1) and integers within bounds, both ends reached', () => {
    const random = seededRandom(7);
    const ints = Array.from({ length: 2000 }, () => random.int(1, 6));
    expect(new Set(ints)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    for (let i = 0; i < 1000; i++) expect(random.next()).toBeGreaterThanOrEqual(0);
    expect(Array.from({ length: 1000 }, random.next).every((value) => value < 1)).toBe(true);
  });

  it('spreads draws evenly enough for fixtures', () => {
    const random = seededRandom(1);
    const counts = [0, 0, 0, 0];
    for (let draw = 0; draw < 4000; draw++) {
      const bucket = random.int(0, 3);
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(800);
  });

  it('accepts any integer seed', () => {
    expect(seededRandom(-1).next()).toEqual(seededRandom(0xffffffff).next());
  });

  it('draws digits, characters and picks', () => {
    const random = seededRandom(3);
    expect(random.digits(6)).toMatch(/^\d{6}$/);
    expect(random.chars('AB', 4)).toMatch(/^[AB]{4}$/);
    expect(['x', 'y']).toContain(random.pick(['x', 'y']));
    expect(() => random.pick([])).toThrow(RangeError);
  });
});
