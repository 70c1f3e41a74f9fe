import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creates the append-only `audit_log` table of a service: a trigger refuses UPDATE and DELETE of rows and
 * TRUNCATE of the table, so entries can only be added. Idempotent, for services that share a schema.
 */
export class CreateAuditLog1796400000000 implements MigrationInterface {
  readonly name = 'CreateAuditLog1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE IF NOT EXISTS audit_log (
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
    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`);
    await queryRunner.query('DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log');
    await queryRunner.query('CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()');
    await queryRunner.query('DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log');
    await queryRunner.query('CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS audit_log');
    await queryRunner.query('DROP FUNCTION IF EXISTS audit_log_append_only()');
  }
}
