import type { SiteProfile, SiteStatus } from '../site/site.model';
import type { ImportViolation } from './site-import.errors';
import { SiteImportError } from './site-import.errors';
import { readSiteRecord } from './site-record.reader';
import { duplicateSiteIds } from './duplicate-site-ids';

type Imported = SiteProfile & { status: SiteStatus };
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses a GeoJSON FeatureCollection of Point features (RFC 7946: coordinates are [lng, lat]) whose properties
 * carry the site fields. Refuses the whole collection with every violation, located by feature index.
 */
export function parseSitesGeoJson(content: string | unknown): Imported[] {
  let collection: unknown = content;
  if (typeof content === 'string') {
    try {
      collection = JSON.parse(content);
    } catch (error) {
      throw new SiteImportError([{ field: 'file', rule: 'json.syntax', message: (error as Error).message }]);
    }
  }
  if (!isObject(collection) || collection['type'] !== 'FeatureCollection' || !Array.isArray(collection['features'])) {
    throw new SiteImportError([{ field: 'type', rule: 'geojson.featureCollection', message: 'a FeatureCollection with a features array' }]);
  }
  const violations: ImportViolation[] = [];
  const sites: { feature: number; site: Imported }[] = [];
  (collection['features'] as unknown[]).forEach((feature, index) => {
    const read = readFeature(feature);
    if ('violations' in read) violations.push(...read.violations.map((v) => ({ ...v, feature: index })));
    else sites.push({ feature: index, site: read.site });
  });
  violations.push(...duplicateSiteIds(sites.map(({ feature, site }) => ({ siteId: site.siteId, where: { feature } }))));
  if (violations.length > 0) throw new SiteImportError(violations);
  return sites.map(({ site }) => site);
}

function readFeature(feature: unknown): { site: Imported } | { violations: Omit<ImportViolation, 'feature'>[] } {
  if (!isObject(feature) || feature['type'] !== 'Feature') return { violations: [{ field: 'type', rule: 'geojson.feature', message: 'a Feature' }] };
  const geometry = feature['geometry'];
  const coordinates = isObject(geometry) && geometry['type'] === 'Point' ? geometry['coordinates'] : undefined;
  if (!Array.isArray(coordinates) || coordinates.length < 2) {
    return { violations: [{ field: 'geometry', rule: 'geometry.point', message: 'a Point with [lng, lat] coordinates' }] };
  }
  const properties = isObject(feature['properties']) ? feature['properties'] : {};
  const read = readSiteRecord(properties, { lng: coordinates[0], lat: coordinates[1] });
  return read.ok ? { site: read.site } : { violations: read.violations };
}
