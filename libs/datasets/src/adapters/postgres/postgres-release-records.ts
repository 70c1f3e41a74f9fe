import type { DataSource } from 'typeorm';
import type { ReleaseRecords } from '../../application/ports';
import type { ReleaseRecord } from '../../application/release-record';

/** Release records as JSON in `dataset_releases`; the build's live progress stays out of the table. */
export class PostgresReleaseRecords implements ReleaseRecords {
  constructor(private readonly db: DataSource) {}

  async save(record: ReleaseRecord): Promise<void> {
    const stored = { ...record, progress: null };
    await this.db.query(
      `INSERT INTO dataset_releases (release_id, definition_id, status, record, requested_at, updated_at) VALUES ($1, $2, $3, $4, to_timestamp($5 / 1000.0), now())
       ON CONFLICT (release_id) DO UPDATE SET status = EXCLUDED.status, record = EXCLUDED.record, updated_at = now()`,
      [record.releaseId, record.definitionId, record.status, JSON.stringify(stored), record.requestedAt],
    );
  }

  async get(releaseId: string): Promise<ReleaseRecord | undefined> {
    const rows = (await this.db.query('SELECT record FROM dataset_releases WHERE release_id = $1', [releaseId])) as { record: ReleaseRecord }[];
    return rows[0]?.record;
  }

  async list(definitionId?: string): Promise<ReleaseRecord[]> {
    const rows = (await this.db.query('SELECT record FROM dataset_releases WHERE ($1::text IS NULL OR definition_id = $1) ORDER BY requested_at, release_id', [definitionId ?? null])) as { record: ReleaseRecord }[];
    return rows.map((r) => r.record);
  }
}
