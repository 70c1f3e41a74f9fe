import type { AnonymisedSafetyEvent } from '@usm/contracts';
import type { DataSource } from 'typeorm';
import type { AnnotatableEvents, EventFilter } from '../../application/ports';

/** The city's anonymised events (without pseudonyms) that tasks and model labels may refer to. */
export class PostgresAnnotatableEvents implements AnnotatableEvents {
  constructor(private readonly db: DataSource) {}

  async keep(event: AnonymisedSafetyEvent): Promise<void> {
    await this.db.query(
      'INSERT INTO labels_annotatable_events (event_id, category, sub_category, bucket_start, event) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
      [event.eventId, event.category, event.subCategory, event.occurredAtBucketStart, JSON.stringify(event)],
    );
  }

  async get(eventId: string): Promise<AnonymisedSafetyEvent | undefined> {
    const rows = (await this.db.query('SELECT event FROM labels_annotatable_events WHERE event_id = $1', [eventId])) as { event: AnonymisedSafetyEvent }[];
    return rows[0]?.event;
  }

  async known(eventIds: readonly string[]): Promise<Set<string>> {
    if (eventIds.length === 0) return new Set();
    const rows = (await this.db.query('SELECT event_id FROM labels_annotatable_events WHERE event_id = ANY($1::text[])', [[...new Set(eventIds)]])) as { event_id: string }[];
    return new Set(rows.map((r) => r.event_id));
  }

  async pick(filter: EventFilter, limit: number): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT event_id FROM labels_annotatable_events
       WHERE ($1::text IS NULL OR category = $1) AND ($2::text[] IS NULL OR sub_category = ANY($2::text[]))
         AND ($4::text[] IS NULL OR event_id = ANY($4::text[]))
       ORDER BY bucket_start, event_id LIMIT $3`,
      [filter.category ?? null, filter.subCategories ? [...filter.subCategories] : null, limit, filter.eventIds ? [...filter.eventIds] : null],
    )) as { event_id: string }[];
    return rows.map((r) => r.event_id);
  }
}
