import type { DataSource } from 'typeorm';
import type { SiteRegistryReadModel } from '../../application/ports';
import type { SiteFilter } from '../../domain/query/site-queries';
import type { Reservation } from '../../domain/reservation/reservation';
import type { SiteView } from '../../domain/site/site.model';
import type { SiteRegistryRecord } from './site-registry.rows';
import { siteOfRecord, siteRegistryColumns } from './site-registry.rows';

/**
 * The registry query in SQL; mirrors `querySites`: every given criterion holds, and a site is free over a period when
 * it is not retired and no accepted reservation overlaps it (half-open periods).
 */
export const findSitesSql = `SELECT ${siteRegistryColumns} FROM site_registry s
  WHERE ($1::text IS NULL OR s.city = $1) AND ($2::text IS NULL OR s.district = $2) AND ($3::text IS NULL OR s.type = $3)
    AND ($4::text IS NULL OR s.status = $4)
    AND ($5::bigint IS NULL OR (s.status <> 'retired' AND NOT EXISTS (
      SELECT 1 FROM site_reservations r WHERE r.site_id = s.site_id AND r.period_start < $6::bigint AND $5::bigint < r.period_end)))
  ORDER BY s.site_id COLLATE "C"`;

interface ReservationRecord {
  site_id: string;
  reservation_id: string;
  application_id: string;
  period_start: string;
  period_end: string;
}

export class PostgresSiteRegistry implements SiteRegistryReadModel {
  constructor(private readonly dataSource: DataSource) {}

  async find(filter: SiteFilter): Promise<SiteView[]> {
    const { city, district, type, status, freeDuring } = filter;
    const records = (await this.dataSource.query(findSitesSql, [city ?? null, district ?? null, type ?? null, status ?? null, freeDuring?.start ?? null, freeDuring?.end ?? null])) as SiteRegistryRecord[];
    return records.map(siteOfRecord);
  }

  async get(siteId: string): Promise<SiteView | undefined> {
    const [record] = (await this.dataSource.query(`SELECT ${siteRegistryColumns} FROM site_registry WHERE site_id = $1`, [siteId])) as SiteRegistryRecord[];
    return record && siteOfRecord(record);
  }

  async liveSiteIds(siteIds: readonly string[]): Promise<Set<string>> {
    const rows = (await this.dataSource.query("SELECT site_id FROM site_registry WHERE site_id = ANY($1::text[]) AND status <> 'retired'", [siteIds])) as { site_id: string }[];
    return new Set(rows.map((row) => row.site_id));
  }

  async reservationsOf(siteId: string): Promise<Reservation[]> {
    const rows = (await this.dataSource.query('SELECT * FROM site_reservations WHERE site_id = $1 ORDER BY period_start, reservation_id', [siteId])) as ReservationRecord[];
    return rows.map((row) => ({ reservationId: row.reservation_id, siteId: row.site_id, applicationId: row.application_id, period: { start: Number(row.period_start), end: Number(row.period_end) } }));
  }
}
