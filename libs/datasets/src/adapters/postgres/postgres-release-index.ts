import type { DataSource } from 'typeorm';
import type { ReleaseIndex, SubjectEvent } from '../../application/ports';

const chunk = 20_000;

/** Which release holds which event, and whose own-city events are which, in the service's schema. */
export class PostgresReleaseIndex implements ReleaseIndex {
  constructor(private readonly db: DataSource) {}

  async recordEvents(releaseId: string, eventIds: readonly string[]): Promise<void> {
    for (let i = 0; i < eventIds.length; i += chunk) {
      await this.db.query('INSERT INTO dataset_release_events (event_id, release_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [eventIds.slice(i, i + chunk), releaseId]);
    }
  }

  async releasesHoldingEvents(eventIds: readonly string[]): Promise<string[]> {
    if (eventIds.length === 0) return [];
    const rows = (await this.db.query('SELECT DISTINCT release_id FROM dataset_release_events WHERE event_id = ANY($1::text[]) ORDER BY release_id', [eventIds])) as { release_id: string }[];
    return rows.map((r) => r.release_id);
  }

  async recordSubjects(entries: readonly SubjectEvent[]): Promise<void> {
    for (let i = 0; i < entries.length; i += chunk) {
      const part = entries.slice(i, i + chunk);
      await this.db.query('INSERT INTO dataset_subject_events (reporter_pseudonym, event_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [
        part.map((e) => e.reporterPseudonym),
        part.map((e) => e.eventId),
      ]);
    }
  }

  async eventsOfSubjects(reporterPseudonyms: readonly string[]): Promise<string[]> {
    if (reporterPseudonyms.length === 0) return [];
    const rows = (await this.db.query('SELECT event_id FROM dataset_subject_events WHERE reporter_pseudonym = ANY($1::text[]) ORDER BY event_id', [reporterPseudonyms])) as { event_id: string }[];
    return rows.map((r) => r.event_id);
  }
}
