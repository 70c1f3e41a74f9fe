import type { DataSource } from 'typeorm';
import { Client } from 'pg';
import { cityStack, uniqueName } from '@usm/testing';
import type { EventSourcingDatabaseOptions } from '../adapters/postgres/event-sourcing-data-source';
import { openEventSourcingDataSource } from '../adapters/postgres/event-sourcing-data-source';

/** A PostgreSQL schema of its own for one spec, with the event store migrated into it; `drop` removes it. */
export interface TestDatabase {
  readonly url: string;
  readonly schema: string;
  readonly dataSource: DataSource;
  drop(): Promise<void>;
}

/** Creates a fresh schema in the incheon database and migrates the event store into it. */
export async function openTestDatabase(options: Omit<EventSourcingDatabaseOptions, 'url' | 'schema'> = {}): Promise<TestDatabase> {
  const url = cityStack('incheon').database.url;
  const schema = uniqueName('es').replace(/-/g, '_');
  await runSql(url, `CREATE SCHEMA ${schema}`);
  const dataSource = await openEventSourcingDataSource({ ...options, url, schema });
  return {
    url,
    schema,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await runSql(url, `DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

async function runSql(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
