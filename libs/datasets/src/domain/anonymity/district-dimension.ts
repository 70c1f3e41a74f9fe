import type { Dimension } from './dimension';
import { createDimension, encodeKeys } from './dimension';

/** District kept as sourced (level parameter 1) or removed (0, every value becomes null). */
export function districtDimension(districts: readonly (string | null)[]): Dimension {
  const source = encodeKeys(districts);
  return createDimension('district', source, [
    { parameter: 1, keys: [...source.distinct] },
    { parameter: 0, keys: source.distinct.map(() => null) },
  ]);
}
