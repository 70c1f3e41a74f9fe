import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table, TableCheck, TableIndex } from 'typeorm';

/** Creates `federation_replication_audit` in the data source's schema. Append-only: nothing updates or deletes rows. */
export class CreateReplicationAudit1763800000000 implements MigrationInterface {
  readonly name = 'CreateReplicationAudit1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'federation_replication_audit',
        columns: [
          { name: 'id', type: 'bigint', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'agreement_id', type: 'varchar', length: '200', isNullable: true },
          { name: 'trigger', type: 'varchar', length: '64' },
          { name: 'outcome', type: 'varchar', length: '16' },
          { name: 'previous_flows', type: 'jsonb' },
          { name: 'new_flows', type: 'jsonb' },
          { name: 'requested_flows', type: 'jsonb', isNullable: true },
          { name: 'error_code', type: 'varchar', length: '100', isNullable: true },
          { name: 'error_message', type: 'text', isNullable: true },
          { name: 'decided_at', type: 'timestamptz' },
        ],
        checks: [new TableCheck({ name: 'federation_replication_audit_outcome', expression: `outcome IN ('applied', 'unchanged', 'refused', 'failed')` })],
        indices: [new TableIndex({ name: 'federation_replication_audit_decided_at', columnNames: ['decided_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('federation_replication_audit');
  }
}
