import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTableOf } from './audit-table';

/**
 * Creates the append-only `audit_log` table of a service: a trigger refuses UPDATE and DELETE of rows and
 * TRUNCATE of the table, so entries can only be added. Idempotent, for services that share a schema.
 */
export class CreateAuditLog1796400000000 implements MigrationInterface {
  readonly name = 'CreateAuditLog1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { table, appendOnlyFunction } = auditTableOf((queryRunner.connection.options as { schema?: string }).schema);
    await queryRunner.query(`CREATE TABLE IF NOT EXISTS ${table} (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      subject varchar(255) NOT NULL,
      issuer varchar(512) NOT NULL,
      client_id varchar(255),
      action varchar(255) NOT NULL,
      targets jsonb NOT NULL,
      outcome varchar(16) NOT NULL CHECK (outcome IN ('succeeded', 'denied', 'failed')),
      status smallint NOT NULL
    )`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION ${appendOnlyFunction}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_log_no_change ON ${table}`);
    await queryRunner.query(`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${appendOnlyFunction}()`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_log_no_truncate ON ${table}`);
    await queryRunner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${appendOnlyFunction}()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const { table, appendOnlyFunction } = auditTableOf((queryRunner.connection.options as { schema?: string }).schema);
    await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS ${appendOnlyFunction}()`);
  }
}
