import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { MeshError } from '@usm/errors';
import type { DomainEvent } from '../../decider/decider';
import type { AppendOptions, AppendResult, EventStore, RecordedCommand, StreamSnapshot } from '../../application/ports';
import { checkExpectedVersion, versionConflict } from '../../application/expected-version';
import type { OutboxRouting } from './outbox-routing';
import { isUniqueViolation, storeFailureOf, storeUnavailable } from './postgres-errors';
import { insertEvents, insertOutbox } from './event-store-statements';
import type { InlineProjection } from './inline-projection';

interface CommandRow {
  readonly stream_id: string;
  readonly result: { readonly nextVersion: number; readonly events: DomainEvent[] };
}

/**
 * The event store in PostgreSQL. One transaction looks the command id up, checks the version, records the
 * command id, inserts the events and their outbox rows; UNIQUE (stream_id, version) lets only one of two
 * racing appends commit. Inline projections (if any) update their read models in that same transaction.
 */
export class PostgresEventStore implements EventStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routing: OutboxRouting,
    private readonly inlineProjections: readonly InlineProjection[] = [],
  ) {}

  async readStream<E extends DomainEvent = DomainEvent>(streamId: string): Promise<StreamSnapshot<E>> {
    const rows = await this.query<{ type: string; data: unknown }>('reading a stream', 'SELECT type, data FROM events WHERE stream_id = $1 ORDER BY version', [streamId]);
    return { events: rows.map((row) => ({ type: row.type, data: row.data }) as E), version: rows.length };
  }

  async appendToStream<E extends DomainEvent>(streamId: string, expectedVersion: number, events: readonly E[], options: AppendOptions): Promise<AppendResult<E>> {
    checkExpectedVersion(expectedVersion);
    try {
      return await this.dataSource.transaction((manager) => this.append(manager, streamId, expectedVersion, events, options));
    } catch (error) {
      if (isUniqueViolation(error, 'events_stream_version')) throw versionConflict(streamId, expectedVersion, await this.versionOf(streamId));
      throw error instanceof MeshError ? error : storeFailureOf('appending to a stream', error);
    }
  }

  async findCommand<E extends DomainEvent = DomainEvent>(commandId: string): Promise<RecordedCommand<E> | undefined> {
    const [row] = await this.query<CommandRow>('finding a command', 'SELECT stream_id, result FROM processed_commands WHERE command_id = $1', [commandId]);
    return row && recordedCommandOf<E>(commandId, row);
  }

  /**
   * Reads before it writes: the transaction id (taken at the first write) is then newer than that of the
   * stream's previous append, which the relay's (transaction id, position) order relies on for stream order.
   */
  private async append<E extends DomainEvent>(manager: EntityManager, streamId: string, expected: number, events: readonly E[], options: AppendOptions): Promise<AppendResult<E>> {
    const known = await this.duplicateOf<E>(manager, options.commandId);
    if (known) return known;
    const [{ version }] = (await manager.query('SELECT coalesce(max(version), 0)::int AS version FROM events WHERE stream_id = $1', [streamId])) as [{ version: number }];
    if (version !== expected) throw versionConflict(streamId, expected, version);
    const nextVersion = expected + events.length;
    const result = JSON.stringify({ nextVersion, events: events.map(({ type, data }) => ({ type, data })) });
    if (!(await claimCommand(manager, options.commandId, streamId, result))) return this.concurrentDuplicateOf<E>(manager, options.commandId);
    const metadata = { commandId: options.commandId, actor: options.actor ?? null, occurredAt: (options.now ?? new Date()).toISOString() };
    const inserted = await insertEvents(manager, { streamId, expectedVersion: expected, events, metadata, eventIds: events.map(() => randomUUID()) });
    for (const projection of this.inlineProjections) await projection.apply(manager, inserted);
    const route = this.routing.routeOf(streamId);
    if (route) await insertOutbox(manager, route.topic, inserted.map((event) => ({ globalPosition: event.globalPosition, key: route.keyOf?.(event) ?? streamId })));
    return { status: 'appended', nextVersion };
  }

  private async duplicateOf<E extends DomainEvent>(manager: EntityManager, commandId: string): Promise<AppendResult<E> | undefined> {
    const [row] = (await manager.query('SELECT stream_id, result FROM processed_commands WHERE command_id = $1', [commandId])) as CommandRow[];
    if (!row) return undefined;
    const recorded = recordedCommandOf<E>(commandId, row);
    return { status: 'duplicate', nextVersion: recorded.nextVersion, recorded };
  }

  /** The same command id was committed by a concurrent request meanwhile: answer as that request did. */
  private async concurrentDuplicateOf<E extends DomainEvent>(manager: EntityManager, commandId: string): Promise<AppendResult<E>> {
    const duplicate = await this.duplicateOf<E>(manager, commandId);
    if (!duplicate) throw storeUnavailable('reading a recorded command', new Error('the recorded command is not visible'));
    return duplicate;
  }

  private async versionOf(streamId: string): Promise<number> {
    const [row] = await this.query<{ version: number }>('reading a stream version', 'SELECT coalesce(max(version), 0)::int AS version FROM events WHERE stream_id = $1', [streamId]);
    return row?.version ?? 0;
  }

  private async query<T>(action: string, sql: string, parameters: unknown[]): Promise<T[]> {
    try {
      return (await this.dataSource.query(sql, parameters)) as T[];
    } catch (error) {
      throw storeFailureOf(action, error);
    }
  }
}

/** Records the command id; false when another transaction recorded it first (ON CONFLICT waits for it). */
async function claimCommand(manager: EntityManager, commandId: string, streamId: string, result: string): Promise<boolean> {
  const claimed = (await manager.query(
    'INSERT INTO processed_commands (command_id, stream_id, result) VALUES ($1, $2, $3) ON CONFLICT (command_id) DO NOTHING RETURNING command_id',
    [commandId, streamId, result],
  )) as unknown[];
  return claimed.length > 0;
}

function recordedCommandOf<E extends DomainEvent>(commandId: string, row: CommandRow): RecordedCommand<E> {
  return { commandId, streamId: row.stream_id, nextVersion: row.result.nextVersion, events: row.result.events as unknown as E[] };
}
