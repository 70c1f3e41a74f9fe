import { cityStack, runSql, uniqueName } from '@usm/testing';
import { DataSource } from 'typeorm';
import { withdrawalStoreContract } from '../../testing/withdrawal-store.contract';
import { PostgresWithdrawalStore } from './postgres-withdrawal-store';
import { withdrawalDataSourceOptions } from './withdrawal-data-source';

const databaseUrl = cityStack('incheon').database.url;
const schema = uniqueName('ds_withdrawal').replace(/-/g, '_');
let source: DataSource | undefined;
let base = 0;

/** One schema for the run, migrated the way the service does at boot; notice ids differ per test. */
async function migrated(): Promise<DataSource> {
  if (source) return source;
  await runSql(databaseUrl, `CREATE SCHEMA "${schema}"`);
  const options = { ...withdrawalDataSourceOptions({ url: databaseUrl, schema, runMigrations: true }), name: undefined } as ConstructorParameters<typeof DataSource>[0];
  source = await new DataSource(options).initialize();
  return source;
}

afterAll(async () => {
  await source?.destroy();
  await runSql(databaseUrl, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
});

withdrawalStoreContract('PostgresWithdrawalStore', async () => ({ store: new PostgresWithdrawalStore(await migrated()), base: (base += 100) }));
