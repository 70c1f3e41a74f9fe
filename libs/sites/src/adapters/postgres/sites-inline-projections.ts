import type { InlineProjection, RecordedEvent } from '@usm/event-sourcing';
import { categoryOf } from '@usm/event-sourcing';
import type { EntityManager } from 'typeorm';
import type { ApplicationEvent } from '../../domain/application/application.events';
import type { ApplicationRow } from '../../domain/projection/applications.projection';
import { evolveApplicationRow } from '../../domain/projection/applications.projection';
import { evolveSiteRegistryRow } from '../../domain/projection/site-registry.projection';
import { evolveSiteReservationRow, reservationKeyOf } from '../../domain/projection/site-reservations.projection';
import type { SiteCalendarEvent } from '../../domain/reservation/site-calendar.decider';
import type { SiteEvent } from '../../domain/site/site.events';
import { StreamCategory } from '../../application/stream-ids';
import type { SiteRegistryRecord } from './site-registry.rows';
import { siteOfRecord, siteRegistryColumns, siteRegistryValues } from './site-registry.rows';

const asEvent = <E>(recorded: RecordedEvent): E => ({ type: recorded.type, data: recorded.data }) as E;

/** The registry row of each site stream, in the append's transaction. */
export const siteRegistryProjection: InlineProjection = {
  async apply(manager: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    for (const recorded of events.filter((e) => categoryOf(e.streamId) === StreamCategory.Site)) {
      const event = asEvent<SiteEvent>(recorded);
      const [record] = (await manager.query(`SELECT ${siteRegistryColumns} FROM site_registry WHERE site_id = $1`, [event.data.siteId])) as SiteRegistryRecord[];
      const row = evolveSiteRegistryRow(record ? siteOfRecord(record) : null, event);
      if (row === null) continue;
      await manager.query(
        `INSERT INTO site_registry (${siteRegistryColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (site_id) DO UPDATE SET status = EXCLUDED.status`,
        siteRegistryValues(row),
      );
    }
  },
};

/** Accepted reservations of each site calendar stream. */
export const siteReservationsProjection: InlineProjection = {
  async apply(manager: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    for (const recorded of events.filter((e) => categoryOf(e.streamId) === StreamCategory.SiteCalendar)) {
      const event = asEvent<SiteCalendarEvent>(recorded);
      const { siteId, reservationId } = reservationKeyOf(event);
      const row = evolveSiteReservationRow(null, event);
      if (row === null) {
        await manager.query('DELETE FROM site_reservations WHERE site_id = $1 AND reservation_id = $2', [siteId, reservationId]);
        continue;
      }
      await manager.query(
        'INSERT INTO site_reservations (site_id, reservation_id, application_id, period_start, period_end) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
        [row.siteId, row.reservationId, row.applicationId, row.period.start, row.period.end],
      );
    }
  },
};

/** Each application stream's row (the whole row as JSON beside the columns queries filter on). */
export const applicationsProjection: InlineProjection = {
  async apply(manager: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    for (const recorded of events.filter((e) => categoryOf(e.streamId) === StreamCategory.Application)) {
      const event = asEvent<ApplicationEvent>(recorded);
      const [stored] = (await manager.query('SELECT row FROM site_applications WHERE application_id = $1', [event.data.applicationId])) as { row: ApplicationRow }[];
      const row = evolveApplicationRow(stored?.row ?? null, event);
      if (row === null) continue;
      await manager.query(
        `INSERT INTO site_applications (application_id, company_id, status, row, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (application_id) DO UPDATE SET status = EXCLUDED.status, row = EXCLUDED.row, updated_at = EXCLUDED.updated_at`,
        [row.applicationId, row.companyId, row.status, JSON.stringify(row), row.updatedAt],
      );
    }
  },
};

export const sitesInlineProjections: readonly InlineProjection[] = [siteRegistryProjection, siteReservationsProjection, applicationsProjection];
