import type { DataSourceOptions } from 'typeorm';
import { DataSource } from 'typeorm';
import { CreateEventStore1763700000000 } from './migrations/1763700000000-create-event-store';

/** Where the event store and read models live. */
export interface EventSourcingDatabaseOptions {
  /** postgres://user@host:port/database */
  readonly url: string;
  /** PostgreSQL schema of every table (search_path); `public` when omitted. */
  readonly schema?: string;
  /** Read-model entities of the projections (TypeORM classes or `EntitySchema`s). */
  readonly entities?: DataSourceOptions['entities'];
  /** Migrations of the read models; the event store's own run first. */
  readonly migrations?: DataSourceOptions['migrations'];
  /** Creates read-model tables from entities: for tests only, production uses migrations. */
  readonly synchronize?: boolean;
  readonly poolSize?: number;
  /** Shown in pg_stat_activity. */
  readonly applicationName?: string;
}

/**
 * A TypeORM data source for the event store and the read models; `initialize()` runs pending migrations
 * unless `migrateOnInitialize` is false. Prefer `openEventSourcingDataSource` when several may boot at once.
 */
export function createEventSourcingDataSource(options: EventSourcingDatabaseOptions, migrateOnInitialize = true): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    applicationName: options.applicationName,
    // Unqualified SQL (migrations, the store's statements) must land in the same schema as the entities.
    extra: { max: options.poolSize ?? 10, ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}) },
    entities: options.entities ?? [],
    migrations: [CreateEventStore1763700000000, ...listOf(options.migrations)],
    migrationsRun: migrateOnInitialize,
    migrationsTableName: 'event_sourcing_migrations',
    synchronize: options.synchronize ?? false,
  });
}

/**
 * Initializes the data source and runs pending migrations under an advisory lock on the schema, so
 * several modules (or processes) booting against one schema do not race to create the same tables.
 */
export async function openEventSourcingDataSource(options: EventSourcingDatabaseOptions): Promise<DataSource> {
  const dataSource = await createEventSourcingDataSource(options, false).initialize();
  const lock = dataSource.createQueryRunner();
  const key = `usm.event-sourcing.migrations:${options.schema ?? 'public'}`;
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
    await lock.release();
  }
  return dataSource;
}

function listOf<T>(list: readonly T[] | Record<string, T> | undefined): T[] {
  if (list === undefined) return [];
  return Array.isArray(list) ? [...(list as readonly T[])] : Object.values(list);
}
