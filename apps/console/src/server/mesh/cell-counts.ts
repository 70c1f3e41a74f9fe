/** Events counted per H3 cell, per city: the map's data, built one anonymised event at a time. */
export type CellCounts = ReadonlyMap<string, ReadonlyMap<string, { readonly resolution: number; readonly count: number }>>;

export const noCellCounts: CellCounts = new Map();

/** One anonymised event more in `cell` of `city` (pure: returns a new map, shares the untouched cities). */
export function countEvent(counts: CellCounts, city: string, cell: string, resolution: number): CellCounts {
  const cells = new Map(counts.get(city) ?? []);
  const previous = cells.get(cell);
  cells.set(cell, { resolution, count: (previous?.count ?? 0) + 1 });
  return new Map(counts).set(city, cells);
}

/** A city's cells, most events first (ties by cell id, so the order is stable). */
export function cellsOf(counts: CellCounts, city: string): { cell: string; resolution: number; count: number }[] {
  return [...(counts.get(city) ?? new Map<string, { resolution: number; count: number }>()).entries()]
    .map(([cell, entry]) => ({ cell, ...entry }))
    .sort((a, b) => b.count - a.count || a.cell.localeCompare(b.cell));
}

/** Events counted in a city, all cells together. */
export const eventsIn = (counts: CellCounts, city: string): number => cellsOf(counts, city).reduce((sum, entry) => sum + entry.count, 0);
