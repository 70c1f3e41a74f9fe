import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import type { CityView } from '../api/mesh-view';
import { boundsOf, outlineOf } from '../geo/city-outlines';
import { cellCollectionOf, siteCollectionOf } from './map-data';

// The worker ships with the bundle (no CDN).
setWorkerUrl(workerUrl);

// No tiles, no glyphs: a dark background, the bundled outline, the hexagons and the sites.
const style: StyleSpecification = { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#111827' } }] };

/** Events per H3 cell of one city on a map (WebGL); where WebGL is unavailable the cell table beside it still tells. */
export function CityMap({ city }: { readonly city: CityView }) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const outline = outlineOf(city.city);
    if (!container.current || !outline) return undefined;
    try {
      const created = new MapLibreMap({ container: container.current, style, bounds: boundsOf(outline), fitBoundsOptions: { padding: 16 }, attributionControl: false });
      created.on('load', () => {
        created.addSource('outline', { type: 'geojson', data: outline as unknown as GeoJSON.FeatureCollection });
        created.addSource('cells', { type: 'geojson', data: cellCollectionOf([]) });
        created.addSource('sites', { type: 'geojson', data: siteCollectionOf(null) });
        created.addLayer({ id: 'outline-fill', type: 'fill', source: 'outline', paint: { 'fill-color': '#1f2937' } });
        created.addLayer({ id: 'outline-line', type: 'line', source: 'outline', paint: { 'line-color': '#9ca3af', 'line-width': 1.5 } });
        created.addLayer({ id: 'cells', type: 'fill', source: 'cells', paint: { 'fill-color': ['interpolate', ['linear'], ['get', 'count'], 1, '#fde68a', 20, '#f97316', 100, '#dc2626'], 'fill-opacity': 0.75 } });
        created.addLayer({ id: 'sites', type: 'circle', source: 'sites', paint: { 'circle-radius': 5, 'circle-color': '#38bdf8', 'circle-stroke-color': '#0c4a6e', 'circle-stroke-width': 1 } });
        map.current = created;
      });
      return () => {
        map.current = null;
        created.remove();
      };
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }, [city.city]);

  useEffect(() => {
    (map.current?.getSource('cells') as GeoJSONSource | undefined)?.setData(cellCollectionOf(city.cells));
    (map.current?.getSource('sites') as GeoJSONSource | undefined)?.setData(siteCollectionOf(city.sites));
  });

  if (failed !== null) return <p className="muted">Map unavailable in this browser ({failed}); the cells are listed beside it.</p>;
  return <div className="map" ref={container} data-testid={`map-${city.city}`} />;
}
