import type { DataSource } from 'typeorm';
import type { SubjectIndexBatch, SubjectIndexStore } from '../../application/ports';

/**
 * The subject index fed from the own anonymised stream: rows of `dataset_subject_events` (idempotent by primary
 * key) and the partition's position in `dataset_subject_index_positions`, in one transaction. The position row
 * is locked first, so two members of the group handing a partition over never write it backwards.
 */
export class PostgresSubjectIndex implements SubjectIndexStore {
  constructor(private readonly db: DataSource) {}

  async positions(topic: string): Promise<Map<number, bigint>> {
    const rows = (await this.db.query('SELECT partition, through_offset FROM dataset_subject_index_positions WHERE topic = $1', [topic])) as { partition: number; through_offset: string }[];
    return new Map(rows.map((r) => [Number(r.partition), BigInt(r.through_offset)]));
  }

  async index(batch: SubjectIndexBatch): Promise<'applied' | 'stale'> {
    return this.db.transaction(async (tx) => {
      await tx.query('INSERT INTO dataset_subject_index_positions (topic, partition, through_offset) VALUES ($1, $2, -1) ON CONFLICT DO NOTHING', [batch.topic, batch.partition]);
      const [row] = (await tx.query('SELECT through_offset FROM dataset_subject_index_positions WHERE topic = $1 AND partition = $2 FOR UPDATE', [batch.topic, batch.partition])) as { through_offset: string }[];
      if (row && BigInt(row.through_offset) >= batch.throughOffset) return 'stale';
      if (batch.entries.length > 0) {
        await tx.query('INSERT INTO dataset_subject_events (reporter_pseudonym, event_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [
          batch.entries.map((e) => e.reporterPseudonym),
          batch.entries.map((e) => e.eventId),
        ]);
      }
      await tx.query('UPDATE dataset_subject_index_positions SET through_offset = $3 WHERE topic = $1 AND partition = $2', [batch.topic, batch.partition, batch.throughOffset.toString()]);
      return 'applied';
    });
  }
}
