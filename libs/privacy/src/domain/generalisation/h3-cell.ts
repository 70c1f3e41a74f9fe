import { latLngToCell } from 'h3-js';
import type { GeoPoint } from '../contract/raw-safety-event';

/** The H3 cell (hex index) holding a WGS84 point at a resolution from 0 to 15. */
export function h3CellOf(point: GeoPoint, resolution: number): string {
  return latLngToCell(point.latitude, point.longitude, resolution);
}
