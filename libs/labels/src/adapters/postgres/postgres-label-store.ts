import type { DataSource } from 'typeorm';
import type { LabelStore, StoredLabel } from '../../application/ports';

/** The labels this service made, one JSON document per label id; the first write of an id wins. */
export class PostgresLabelStore implements LabelStore {
  constructor(private readonly db: DataSource) {}

  async save(labels: readonly StoredLabel[]): Promise<void> {
    if (labels.length === 0) return;
    await this.db.query(
      'INSERT INTO labels_made (label_id, event_id, labelled_at, label) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::jsonb[]) ON CONFLICT DO NOTHING',
      [labels.map((l) => l.labelId), labels.map((l) => l.eventId), labels.map((l) => l.provenance.labelledAt), labels.map((l) => JSON.stringify(l))],
    );
  }

  async ofEvent(eventId: string): Promise<StoredLabel[]> {
    const rows = (await this.db.query('SELECT label FROM labels_made WHERE event_id = $1 ORDER BY labelled_at, label_id', [eventId])) as { label: StoredLabel }[];
    return rows.map((r) => r.label);
  }
}
