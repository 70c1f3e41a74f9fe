/** A small deterministic random source for fixtures (domain code may not use Math.random). */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `count` decimal digits, leading zeros allowed. */
  digits(count: number): string;
  /** `count` characters drawn from `alphabet`. */
  chars(alphabet: string, count: number): string;
}

/**
 * A seeded source: a Weyl sequence scrambled by a 32-bit avalanche mix. Not cryptographic; statistically
 * good enough for fixtures, and identical on every machine for a given seed.
 */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 16), 0x85ebca6b);
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
    return ((mixed ^ (mixed >>> 16)) >>> 0) / 0x1_0000_0000;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  };
  const chars = (alphabet: string, count: number): string =>
    Array.from({ length: count }, () => pick(Array.from(alphabet))).join('');
  return { next, int, pick, chance: (probability) => next() < probability, digits: (count) => chars('0123456789', count), chars };
}
