import type { EntityManager } from 'typeorm';
import type { DomainEvent } from '../../decider/decider';
import type { RecordedEvent } from '../../application/ports';

/** New events of one stream, with their ids and shared metadata. */
export interface EventsToInsert {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly events: readonly DomainEvent[];
  readonly eventIds: readonly string[];
  readonly metadata: RecordedEvent['metadata'];
}

/** Inserts a stream's new events in one statement, numbering them after `expectedVersion`. */
export async function insertEvents(manager: EntityManager, batch: EventsToInsert): Promise<RecordedEvent[]> {
  const rows = (await manager.query(
    `INSERT INTO events (stream_id, version, event_id, type, data, metadata)
     SELECT $1, $2::int + e.ord::int, e.id, e.type, e.data, $6::jsonb
       FROM unnest($3::uuid[], $4::text[], $5::jsonb[]) WITH ORDINALITY AS e(id, type, data, ord)
     ORDER BY e.ord
     RETURNING global_position::text AS global_position, version`,
    [
      batch.streamId,
      batch.expectedVersion,
      batch.eventIds,
      batch.events.map((event) => event.type),
      batch.events.map((event) => JSON.stringify(event.data)),
      JSON.stringify(batch.metadata),
    ],
  )) as { global_position: string; version: number }[];
  return rows
    .sort((a, b) => a.version - b.version)
    .map((row, index) => recordedEventOf(batch, row, index));
}

function recordedEventOf(batch: EventsToInsert, row: { global_position: string; version: number }, index: number): RecordedEvent {
  const event = batch.events[index] as DomainEvent;
  const eventId = batch.eventIds[index] as string;
  return { eventId, streamId: batch.streamId, version: row.version, globalPosition: row.global_position, type: event.type, data: event.data, metadata: batch.metadata };
}

/** Outbox rows for newly inserted events; they commit or roll back with the events. */
export async function insertOutbox(manager: EntityManager, topic: string, rows: readonly { globalPosition: string; key: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await manager.query('INSERT INTO outbox (global_position, topic, message_key) SELECT unnest($1::bigint[]), $2, unnest($3::text[])', [
    rows.map((row) => row.globalPosition),
    topic,
    rows.map((row) => row.key),
  ]);
}
