import { cellToBoundary, isValidCell } from 'h3-js';

/** A cell's hexagon as a closed GeoJSON ring of [longitude, latitude]; an invalid id has none. */
export function cellBoundaryOf(cell: string): [number, number][] {
  if (!isValidCell(cell)) return [];
  return cellToBoundary(cell, true).map(([lng, lat]) => [lng ?? 0, lat ?? 0]);
}
