import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Table, TableCheck } from 'typeorm';

/** Creates `ingest_ledger` in the data source's schema (TypeORM resolves an unqualified table name to it). */
export class CreateIngestLedger1763712000000 implements MigrationInterface {
  readonly name = 'CreateIngestLedger1763712000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'ingest_ledger',
        columns: [
          { name: 'event_id', type: 'uuid', isPrimary: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'claim_token', type: 'uuid' },
          { name: 'claimed_at', type: 'timestamptz' },
          { name: 'acknowledged_at', type: 'timestamptz', isNullable: true },
        ],
        checks: [new TableCheck({ name: 'ingest_ledger_status', expression: `status IN ('claimed', 'acknowledged')` })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ingest_ledger');
  }
}
