import type { DataSource } from 'typeorm';
import type { RecordedEvent } from '../../application/ports';
import type { RelayCursor } from '../../domain/relay-cursor';

/** An outbox row ready to publish, with its event. */
export interface PendingMessage {
  readonly topic: string;
  readonly key: string;
  readonly cursor: RelayCursor;
  readonly event: RecordedEvent;
}

interface PendingRow {
  global_position: string;
  transaction_id: string;
  topic: string;
  message_key: string;
  event_id: string;
  stream_id: string;
  version: number;
  type: string;
  data: unknown;
  metadata: RecordedEvent['metadata'];
}

/**
 * The outbox rows of some topics (one relay's). `pending` returns only rows of transactions older than the
 * oldest one still running: a bigserial is taken before commit, so a lower position may commit after a higher one.
 */
export class PostgresOutbox {
  constructor(
    private readonly dataSource: DataSource,
    private readonly topics: readonly string[],
  ) {}

  async pending(limit: number): Promise<PendingMessage[]> {
    const rows = (await this.dataSource.query(
      `SELECT o.global_position::text AS global_position, o.transaction_id::text AS transaction_id, o.topic, o.message_key,
              e.event_id, e.stream_id, e.version, e.type, e.data, e.metadata
         FROM outbox o JOIN events e ON e.global_position = o.global_position
        WHERE o.published_at IS NULL AND o.topic = ANY($2) AND o.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY o.transaction_id, o.global_position
        LIMIT $1`,
      [limit, this.topics],
    )) as PendingRow[];
    return rows.map(pendingMessageOf);
  }

  /** Rows of these topics not yet published, and how long the oldest has waited (null: none). */
  async backlog(): Promise<{ rows: number; oldestPendingMs: number | null }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS rows, (extract(epoch FROM now() - min(e.recorded_at)) * 1000)::bigint::text AS oldest
         FROM outbox o JOIN events e ON e.global_position = o.global_position
        WHERE o.published_at IS NULL AND o.topic = ANY($1)`,
      [this.topics],
    )) as [{ rows: number; oldest: string | null }];
    return { rows: row.rows, oldestPendingMs: row.oldest === null ? null : Number(row.oldest) };
  }

  /** Marks every row at or below the cursor published; returns how many were still unmarked. */
  async markPublished(cursor: RelayCursor): Promise<number> {
    const [, affected] = (await this.dataSource.query(
      `UPDATE outbox SET published_at = now()
        WHERE published_at IS NULL AND topic = ANY($3) AND (transaction_id, global_position) <= ($1::text::xid8, $2::bigint)`,
      [cursor.transactionId, cursor.globalPosition, this.topics],
    )) as [unknown, number];
    return affected;
  }
}

function pendingMessageOf(row: PendingRow): PendingMessage {
  const event: RecordedEvent = {
    eventId: row.event_id,
    streamId: row.stream_id,
    version: row.version,
    globalPosition: row.global_position,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
  };
  return { topic: row.topic, key: row.message_key, cursor: { transactionId: row.transaction_id, globalPosition: row.global_position }, event };
}
