/** Events counted per H3 cell, per city: the map's data, built one anonymised event at a time. */
export type CellCounts = ReadonlyMap<string, ReadonlyMap<string, CellEntry>>;

/** A cell's count and the sequence number of its latest event (larger is later), so the web app can show where events land now. */
export interface CellEntry { readonly resolution: number; readonly count: number; readonly latest: number }

export const noCellCounts: CellCounts = new Map();

/** One anonymised event more in `cell` of `city`, the `sequence`-th counted (pure: returns a new map, shares the untouched cities). */
export function countEvent(counts: CellCounts, city: string, cell: string, resolution: number, sequence = 0): CellCounts {
  const cells = new Map(counts.get(city) ?? []);
  const previous = cells.get(cell);
  cells.set(cell, { resolution, count: (previous?.count ?? 0) + 1, latest: Math.max(sequence, previous?.latest ?? 0) });
  return new Map(counts).set(city, cells);
}

/** A city's cells, most events first (ties by cell id, so the order is stable). */
export function cellsOf(counts: CellCounts, city: string): ({ cell: string } & CellEntry)[] {
  return [...(counts.get(city) ?? new Map<string, CellEntry>()).entries()]
    .map(([cell, entry]) => ({ cell, ...entry }))
    .sort((a, b) => b.count - a.count || a.cell.localeCompare(b.cell));
}

/** Events counted in a city, all cells together. */
export const eventsIn = (counts: CellCounts, city: string): number => cellsOf(counts, city).reduce((sum, entry) => sum + entry.count, 0);
