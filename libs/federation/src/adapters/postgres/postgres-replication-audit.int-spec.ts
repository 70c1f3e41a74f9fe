import { cityStack, uniqueName } from '@usm/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { describeReplicationAuditContract } from '../../testing/replication-audit.contract';
import { federationMigrations, federationMigrationsTable } from './federation-migrations';
import { PostgresReplicationAudit } from './postgres-replication-audit';
import { ReplicationAuditRow } from './replication-audit.entity';

const databaseUrl = cityStack('incheon').database.url;
const sources: DataSource[] = [];
const schemas: string[] = [];

async function onAdmin(sql: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh schema per test, migrated the way the service does at boot (never synchronised). */
async function migrated(): Promise<DataSource> {
  const schema = uniqueName('fed_audit').replace(/-/g, '_');
  schemas.push(schema);
  await onAdmin(`CREATE SCHEMA "${schema}"`);
  const source = await new DataSource({ type: 'postgres', url: databaseUrl, schema, entities: [ReplicationAuditRow], migrations: federationMigrations, migrationsTableName: federationMigrationsTable, migrationsRun: true }).initialize();
  sources.push(source);
  return source;
}

afterAll(async () => {
  for (const source of sources) await source.destroy();
  for (const schema of schemas) await onAdmin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
});

describeReplicationAuditContract('PostgresReplicationAudit', async () => new PostgresReplicationAudit(await migrated()));

describe('federation migrations', () => {
  it('create the audit table once, with an outcome check', async () => {
    const source = await migrated();
    await expect(source.runMigrations()).resolves.toEqual([]);
    await expect(source.query(`INSERT INTO "${schemas.at(-1)}".federation_replication_audit (trigger, outcome, previous_flows, new_flows, decided_at) VALUES ('x', 'maybe', '[]', '[]', now())`)).rejects.toThrow(/federation_replication_audit_outcome/);
  });

  it('turn a database failure into a retriable error', async () => {
    const source = await migrated();
    const audit = new PostgresReplicationAudit(source);
    await source.destroy();
    sources.splice(sources.indexOf(source), 1);
    await expect(audit.recent(1)).rejects.toMatchObject({ code: 'FEDERATION.AUDIT_UNAVAILABLE', retriable: true });
  });
});
