import type { SiteRegistryRow } from '../../domain/projection/site-registry.projection';

/** Columns of `site_registry`, in the order of {@link siteRegistryValues}. */
export const siteRegistryColumns = 'site_id, city, district, type, status, name, lat, lng, h3_cell, power, network, mounting';

export interface SiteRegistryRecord {
  site_id: string;
  city: string;
  district: string;
  type: string;
  status: string;
  name: string;
  lat: number;
  lng: number;
  h3_cell: string;
  power: boolean;
  network: string;
  mounting: string;
}

export function siteRegistryValues(row: SiteRegistryRow): unknown[] {
  const { siteId, city, district, type, status, name, location, h3Cell, infrastructure } = row;
  return [siteId, city, district, type, status, name, location.lat, location.lng, h3Cell, infrastructure.power, infrastructure.network, infrastructure.mounting];
}

/** A stored row back as the site view. */
export function siteOfRecord(record: SiteRegistryRecord): SiteRegistryRow {
  return {
    siteId: record.site_id,
    city: record.city,
    district: record.district,
    type: record.type as SiteRegistryRow['type'],
    status: record.status as SiteRegistryRow['status'],
    name: record.name,
    location: { lat: record.lat, lng: record.lng },
    h3Cell: record.h3_cell,
    infrastructure: { power: record.power, network: record.network as SiteRegistryRow['infrastructure']['network'], mounting: record.mounting as SiteRegistryRow['infrastructure']['mounting'] },
  };
}
