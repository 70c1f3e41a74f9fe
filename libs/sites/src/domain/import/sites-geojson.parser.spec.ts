import { SiteImportError } from './site-import.errors';
import { parseSitesGeoJson } from './sites-geojson.parser';

const feature = (properties: Record<string, unknown> = {}, coordinates: unknown = [126.91, 35.17]) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: { siteId: 'jeonnam-mokpo-0001', city: 'jeonnam', district: 'Mokpo-si', type: 'busStop', name: 'Mokpo-si bus stop 1', power: true, network: '5g', mounting: 'pole', ...properties },
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

function violationsOf(input: unknown) {
  try {
    parseSitesGeoJson(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SiteImportError);
    return (error as SiteImportError).importViolations.map(({ feature: index, field, rule }) => ({ feature: index, field, rule }));
  }
  throw new Error('expected the import to be refused');
}

describe('parseSitesGeoJson', () => {
  it('reads [lng, lat] Point features into sites, from text or parsed JSON', () => {
    const expected = [expect.objectContaining({ siteId: 'jeonnam-mokpo-0001', location: { lat: 35.17, lng: 126.91 }, status: 'available' })];
    expect(parseSitesGeoJson(collection(feature()))).toEqual(expected);
    expect(parseSitesGeoJson(JSON.stringify(collection(feature())))).toEqual(expected);
  });

  it('refuses naming the feature index, the field and the rule', () => {
    const input = collection(feature(), feature({ siteId: 'x2', network: 'wifi' }), feature({ siteId: 'x3' }, [126.9]), { type: 'Polygon' });
    expect(violationsOf(input)).toEqual([
      { feature: 1, field: 'infrastructure.network', rule: 'network.enum' },
      { feature: 2, field: 'geometry', rule: 'geometry.point' },
      { feature: 3, field: 'type', rule: 'geojson.feature' },
    ]);
  });

  it('refuses a latitude out of range (coordinates swapped)', () => {
    expect(violationsOf(collection(feature({}, [35.17, 126.91])))).toEqual([{ feature: 0, field: 'location.lat', rule: 'lat.range' }]);
  });

  it('refuses anything but a FeatureCollection, and text that is not JSON', () => {
    expect(violationsOf({ type: 'Feature' })).toEqual([{ feature: undefined, field: 'type', rule: 'geojson.featureCollection' }]);
    expect(violationsOf('{oops')).toEqual([{ feature: undefined, field: 'file', rule: 'json.syntax' }]);
  });

  it('refuses a site id repeated, at the feature where it repeats', () => {
    expect(violationsOf(collection(feature(), feature()))).toEqual([{ feature: 1, field: 'siteId', rule: 'siteId.unique' }]);
  });
});
