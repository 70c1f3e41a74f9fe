import { cityStack, uniqueName } from '@usm/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { describeIngestLedgerContract } from '../../testing/ingest-ledger.contract';
import { sampleEventId } from '../../testing/sample-events';
import { IngestLedgerEntry } from './ingest-ledger.entity';
import { PostgresIngestLedger } from './postgres-ingest-ledger';
import { safetyEventsMigrations, safetyEventsMigrationsTable } from './safety-events-migrations';

const databaseUrl = cityStack('incheon').database.url;
const schema = uniqueName('ledger_spec').replace(/-/g, '_');
const leaseMs = 60_000;
let dataSource: DataSource | undefined;

async function onAdmin(sql: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function migratedDataSource(): Promise<DataSource> {
  if (dataSource) return dataSource;
  await onAdmin(`CREATE SCHEMA "${schema}"`);
  dataSource = await new DataSource({
    type: 'postgres',
    url: databaseUrl,
    schema,
    entities: [IngestLedgerEntry],
    migrations: safetyEventsMigrations,
    migrationsTableName: safetyEventsMigrationsTable,
    migrationsRun: true,
  }).initialize();
  return dataSource;
}

afterAll(async () => {
  await dataSource?.destroy();
  await onAdmin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
});

describeIngestLedgerContract('PostgresIngestLedger', async () => {
  const source = await migratedDataSource();
  return {
    ledger: new PostgresIngestLedger(source, leaseMs),
    lapseClaims: async () => {
      await source.query(`UPDATE "${schema}".ingest_ledger SET claimed_at = claimed_at - interval '${leaseMs + 1000} milliseconds' WHERE status = 'claimed'`);
    },
  };
});

describe('PostgresIngestLedger failures', () => {
  it('turns a database failure into a retriable InfrastructureError', async () => {
    await migratedDataSource();
    const lost = await new DataSource({ type: 'postgres', url: databaseUrl, schema, entities: [IngestLedgerEntry] }).initialize();
    const ledger = new PostgresIngestLedger(lost, leaseMs);
    await lost.destroy();
    await expect(ledger.claim([sampleEventId()], sampleEventId())).rejects.toMatchObject({ code: 'INGEST.LEDGER_UNAVAILABLE', retriable: true });
  });
});

describe('safety-events migrations', () => {
  it('create the ledger in the data source schema, once', async () => {
    const source = await migratedDataSource();
    await expect(source.runMigrations()).resolves.toEqual([]);
    const [table] = await source.query<{ name: string | null }[]>(`SELECT to_regclass('"${schema}".ingest_ledger')::text AS name`);
    expect(table?.name).toBe(`${schema}.ingest_ledger`);
  });

  it('keep the ledger free of payloads: ids, status and times only', async () => {
    const source = await migratedDataSource();
    const columns = await source.query<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'ingest_ledger' ORDER BY ordinal_position`,
      [schema],
    );
    expect(columns.map((c) => c.column_name)).toEqual(['event_id', 'status', 'claim_token', 'claimed_at', 'acknowledged_at']);
  });
});
