import { cellToParent, getResolution } from 'h3-js';

/**
 * Membership in an area given as H3 cells of any resolution: a cell is inside when it, or its parent at the
 * resolution of some area cell, is listed. An event cell coarser than every area cell is outside (it may reach
 * beyond the area). Answers are cached per cell, since many events share a cell.
 */
export function createH3AreaTest(area: readonly string[]): (cell: string, resolution: number) => boolean {
  const cells = new Set(area);
  const resolutions = [...new Set(area.map((cell) => getResolution(cell)))].sort((a, b) => a - b);
  const known = new Map<string, boolean>();
  return (cell, resolution) => {
    const cached = known.get(cell);
    if (cached !== undefined) return cached;
    const inside = resolutions.some((r) => r <= resolution && cells.has(r === resolution ? cell : cellToParent(cell, r)));
    known.set(cell, inside);
    return inside;
  };
}
