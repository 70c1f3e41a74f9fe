import { PostgresAuditLog } from '@usm/security';
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

  it('record every partner-rule change in the append-only service audit log, readable as the DPO reads it', async () => {
    const source = await migrated();
    const serviceAudit = new PostgresAuditLog(source);
    const audit = new PostgresReplicationAudit(source, serviceAudit);
    const rule = { principal: 'partner-barcelona', resource: 'topic', name: 'safety.events.anonymised.v1', pattern: 'literal', operation: 'read' } as const;
    const base = { previousFlows: [], newFlows: [], requestedFlows: null, refusedAgreements: [], errorCode: null, errorMessage: null, decidedAt: Date.now() };
    await audit.record({ ...base, agreementId: 'agr-9', trigger: 'AgreementActivated', aclsGranted: [rule], aclsRevoked: [], outcome: 'applied' });
    await audit.record({ ...base, agreementId: 'agr-9', trigger: 'AgreementTerminated', aclsGranted: [], aclsRevoked: [rule], outcome: 'applied' });
    await audit.record({ ...base, agreementId: null, trigger: 'startup', aclsGranted: [], aclsRevoked: [], outcome: 'unchanged' });
    const entries = await serviceAudit.read({ limit: 10 });
    expect(entries.map((e) => [e.action, e.subject, e.targets['agreementId'], e.targets['rules'], e.outcome])).toEqual([
      ['ACL REVOKE', 'service:federation', 'agr-9', 'User:partner-barcelona read topic safety.events.anonymised.v1', 'succeeded'],
      ['ACL GRANT', 'service:federation', 'agr-9', 'User:partner-barcelona read topic safety.events.anonymised.v1', 'succeeded'],
    ]);
    await expect(source.query(`UPDATE "${schemas.at(-1)}".audit_log SET outcome = 'denied'`)).rejects.toThrow();
    await expect(source.query(`DELETE FROM "${schemas.at(-1)}".audit_log`)).rejects.toThrow();
  });
});
