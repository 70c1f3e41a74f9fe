import { cellToParent } from 'h3-js';
import type { Dimension, DimensionKey } from './dimension';
import { createDimension, encodeKeys } from './dimension';

/**
 * H3 cells generalised to their parents, one level per resolution from the finest in the data down to the first
 * resolution where every event shares one cell (at most 0). A cell already coarser than a level stays as it is.
 */
export function h3Dimension(cells: readonly string[], resolutions: readonly number[]): Dimension {
  const source = encodeKeys(cells);
  const resolutionOf = new Int32Array(source.distinct.length);
  for (let row = 0; row < cells.length; row++) resolutionOf[source.codes[row] ?? 0] = resolutions[row] ?? 0;
  const finest = resolutionOf.reduce((max, r) => Math.max(max, r), 0);
  const levels: { parameter: number; keys: DimensionKey[] }[] = [{ parameter: finest, keys: [...source.distinct] }];
  let previous = levels[0]?.keys ?? [];
  for (let resolution = finest - 1; resolution >= 0 && new Set(previous).size > 1; resolution--) {
    const parents = new Map<DimensionKey, DimensionKey>();
    const keys = previous.map((cell, code) => {
      if ((resolutionOf[code] ?? 0) <= resolution) return cell;
      let parent = parents.get(cell);
      if (parent === undefined) parents.set(cell, (parent = cellToParent(String(cell), resolution)));
      return parent;
    });
    levels.push({ parameter: resolution, keys });
    previous = keys;
  }
  return createDimension('h3Cell', source, levels);
}
