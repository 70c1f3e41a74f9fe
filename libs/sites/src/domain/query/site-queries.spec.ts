import { parseSitesGeoJson } from '../import/sites-geojson.parser';
import type { Reservation } from '../reservation/reservation';
import type { SiteView } from '../site/site.model';
import { sitesAsGeoJson } from './site-geojson';
import { querySites } from './site-queries';

const site = (siteId: string, overrides: Partial<SiteView> = {}): SiteView => ({
  siteId,
  city: 'gwangju',
  district: 'Nam-gu',
  type: 'schoolZone',
  name: `Nam-gu school zone ${siteId}`,
  location: { lat: 35.11, lng: 126.9 },
  h3Cell: '8a30c6ad8547fff',
  infrastructure: { power: true, network: 'lte', mounting: 'pole' },
  status: 'available',
  ...overrides,
});
const sites = [
  site('s3'),
  site('s1', { district: 'Dong-gu' }),
  site('s2', { type: 'crossing' }),
  site('s4', { status: 'underMaintenance' }),
  site('s5', { status: 'retired' }),
];
const day = 86_400_000;
const held = (siteId: string, start: number, end: number): Reservation => ({ reservationId: `r-${siteId}`, siteId, applicationId: 'app', period: { start: start * day, end: end * day } });
const ids = (found: SiteView[]) => found.map((s) => s.siteId);

describe('querySites', () => {
  it('filters by district, type and status, answering in siteId order', () => {
    expect(ids(querySites(sites, { district: 'Nam-gu' }))).toEqual(['s2', 's3', 's4', 's5']);
    expect(ids(querySites(sites, { district: 'Nam-gu', type: 'schoolZone', status: 'available' }))).toEqual(['s3']);
    expect(ids(querySites(sites, {}))).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });

  it('finds sites free in a period: no overlapping reservation, not retired', () => {
    const reservations = [held('s1', 0, 10), held('s2', 10, 20)];
    expect(ids(querySites(sites, { freeDuring: { start: 5 * day, end: 10 * day } }, reservations))).toEqual(['s2', 's3', 's4']);
    expect(ids(querySites(sites, { freeDuring: { start: 9 * day, end: 11 * day } }, reservations))).toEqual(['s3', 's4']);
  });
});

describe('sitesAsGeoJson', () => {
  it('writes [lng, lat] points with the fields as properties, and reads back to the same profiles', () => {
    const collection = sitesAsGeoJson([site('s1')]);
    expect(collection.features[0]).toEqual({
      type: 'Feature',
      id: 's1',
      geometry: { type: 'Point', coordinates: [126.9, 35.11] },
      properties: { siteId: 's1', city: 'gwangju', district: 'Nam-gu', type: 'schoolZone', name: 'Nam-gu school zone s1', h3Cell: '8a30c6ad8547fff', status: 'available', power: true, network: 'lte', mounting: 'pole' },
    });
    const { h3Cell: _cell, ...profile } = site('s1');
    expect(parseSitesGeoJson(collection)).toEqual([profile]);
  });
});
