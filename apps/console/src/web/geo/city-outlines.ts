import barcelona from './barcelona.geo.json';
import gwangju from './gwangju.geo.json';
import hamburg from './hamburg.geo.json';
import incheon from './incheon.geo.json';
import kaohsiung from './kaohsiung.geo.json';
import osaka from './osaka.geo.json';

/** A city's bundled outline (coarse, generated; no tiles are fetched from the internet). */
export interface CityOutline {
  readonly type: 'FeatureCollection';
  readonly features: readonly { readonly type: 'Feature'; readonly properties: Record<string, string>; readonly geometry: { readonly type: 'Polygon'; readonly coordinates: number[][][] } }[];
}

const outlines: Readonly<Record<string, unknown>> = { barcelona, gwangju, hamburg, incheon, kaohsiung, osaka };

export const outlineOf = (city: string): CityOutline | undefined => outlines[city] as CityOutline | undefined;

/** [[west, south], [east, north]] of an outline, to fit the map on it. */
export function boundsOf(outline: CityOutline): [[number, number], [number, number]] {
  const points = outline.features.flatMap((f) => f.geometry.coordinates.flat());
  const lngs = points.map((p) => p[0] ?? 0);
  const lats = points.map((p) => p[1] ?? 0);
  return [[Math.min(...lngs), Math.min(...lats)], [Math.max(...lngs), Math.max(...lats)]];
}
