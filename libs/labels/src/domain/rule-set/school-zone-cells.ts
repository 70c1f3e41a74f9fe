import { cellToParent, getResolution } from 'h3-js';
import type { SchoolZone } from './rule-set.model';

/**
 * Whether an event's cell lies in one of the zones. The event cell is raised to each zone cell's resolution and
 * compared there; an event cell coarser than a zone's cells cannot be placed inside it, so it does not match.
 */
export function inSchoolZone(zones: readonly SchoolZone[], eventCell: string, eventResolution: number): boolean {
  return zones.some((zone) =>
    zone.cells.some((cell) => {
      const resolution = getResolution(cell);
      return resolution <= eventResolution && cellToParent(eventCell, resolution) === cell;
    }),
  );
}
