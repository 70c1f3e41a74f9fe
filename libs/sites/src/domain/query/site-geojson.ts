import type { SiteView } from '../site/site.model';

/** A site as a GeoJSON Point feature (RFC 7946, [lng, lat]); properties hold every other field, flat. */
export interface SiteFeature {
  readonly type: 'Feature';
  readonly id: string;
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  readonly properties: Readonly<Record<string, string | boolean>>;
}

export interface SiteFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly SiteFeature[];
}

/** One site as a feature; parseSitesGeoJson reads it back to the same profile. */
export function siteAsFeature(site: SiteView): SiteFeature {
  const { siteId, city, district, type, name, location, infrastructure, h3Cell, status } = site;
  return {
    type: 'Feature',
    id: siteId,
    geometry: { type: 'Point', coordinates: [location.lng, location.lat] },
    properties: { siteId, city, district, type, name, h3Cell, status, ...infrastructure },
  };
}

/** Sites as a FeatureCollection, for map clients. */
export function sitesAsGeoJson(sites: readonly SiteView[]): SiteFeatureCollection {
  return { type: 'FeatureCollection', features: sites.map(siteAsFeature) };
}
