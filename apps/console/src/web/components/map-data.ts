import type { CellCount, SiteSummary } from '../api/mesh-view';

/** The cells as GeoJSON polygons with their count, for the map's fill layer. */
export function cellCollectionOf(cells: readonly CellCount[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: cells.filter((c) => c.boundary.length > 3).map((c) => ({ type: 'Feature', properties: { cell: c.cell, count: c.count }, geometry: { type: 'Polygon', coordinates: [c.boundary.map(([lng, lat]) => [lng, lat])] } })),
  };
}

/** Demonstration sites as GeoJSON points (sites without a location are left out). */
export function siteCollectionOf(sites: readonly SiteSummary[] | null): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: (sites ?? []).flatMap((s) => (s.location === null ? [] : [{ type: 'Feature' as const, properties: { siteId: s.siteId, name: s.name }, geometry: { type: 'Point' as const, coordinates: [s.location.longitude, s.location.latitude] } }])),
  };
}
