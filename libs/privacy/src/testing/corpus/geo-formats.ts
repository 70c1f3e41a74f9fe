import { cityFixtures } from '../city-fixtures';
import type { SeededRandom } from '../seeded-random';
import type { CorpusFormat } from './corpus-identifier';
import { withLanguages } from './format-languages';

/** A point inside a city's box with six decimals (about 11 cm): an exact position. */
export function pointIn(r: SeededRandom, city: (typeof cityFixtures)[number]): { latitude: number; longitude: number } {
  const offset = (): number => (r.next() * 2 - 1) * city.spread;
  const round = (value: number): number => Math.round(value * 1e6) / 1e6;
  return { latitude: round(city.centre.latitude + offset()), longitude: round(city.centre.longitude + offset()) };
}

/** Decimal coordinate pairs as apps paste them into reports. */
export const geoFormats: readonly CorpusFormat[] = withLanguages([
  {
    format: 'decimal-pair',
    region: 'intl',
    make: (r) => {
      const point = pointIn(r, r.pick(cityFixtures));
      return `${point.latitude.toFixed(6)}, ${point.longitude.toFixed(6)}`;
    },
  },
]);
