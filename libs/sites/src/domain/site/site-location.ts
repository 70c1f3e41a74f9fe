import { latLngToCell } from 'h3-js';
import type { GeoPoint } from './site.model';
import { SITE_H3_RESOLUTION } from './site.model';

/** The H3 cell of a site's location at the registry's resolution. */
export function siteCellOf(location: GeoPoint): string {
  return latLngToCell(location.lat, location.lng, SITE_H3_RESOLUTION);
}
