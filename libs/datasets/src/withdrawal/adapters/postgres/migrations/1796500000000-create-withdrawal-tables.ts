import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf, withdrawalTablesOf } from '../withdrawal-tables';

/**
 * The withdrawal process manager's event streams (one per notice, versioned), the status of each notice for
 * resuming after a crash, and the retracted event ids every later build excludes. Never shared.
 */
export class CreateWithdrawalTables1796500000000 implements MigrationInterface {
  readonly name = 'CreateWithdrawalTables1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = withdrawalTablesOf(schemaOf(queryRunner.connection.options));
    await queryRunner.query(`CREATE TABLE IF NOT EXISTS ${t.events} (
      notice_id uuid NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      type varchar(64) NOT NULL,
      data jsonb NOT NULL,
      PRIMARY KEY (notice_id, version)
    )`);
    await queryRunner.query(`CREATE TABLE IF NOT EXISTS ${t.notices} (
      notice_id uuid PRIMARY KEY,
      city varchar(64) NOT NULL,
      origin varchar(16) NOT NULL CHECK (origin IN ('own', 'partner')),
      reason varchar(32) NOT NULL,
      status varchar(16) NOT NULL CHECK (status IN ('settling', 'settled')),
      retracted_at timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL
    )`);
    await queryRunner.query(`CREATE TABLE IF NOT EXISTS ${t.retracted} (
      event_id uuid NOT NULL,
      notice_id uuid NOT NULL,
      PRIMARY KEY (event_id, notice_id)
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const t = withdrawalTablesOf(schemaOf(queryRunner.connection.options));
    for (const table of [t.retracted, t.notices, t.events]) await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
