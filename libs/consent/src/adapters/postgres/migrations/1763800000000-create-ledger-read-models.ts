import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ledger's read models: consent_current, consent_history and agreements_current. */
export class CreateLedgerReadModels1763800000000 implements MigrationInterface {
  name = 'CreateLedgerReadModels1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE consent_current (
      consent_id text PRIMARY KEY, subject_id text NOT NULL, purpose text NOT NULL, status text NOT NULL,
      legal_basis text NOT NULL, scope jsonb NOT NULL, notice_version text NOT NULL, jurisdiction text,
      granted_at timestamptz NOT NULL, expires_at timestamptz, ended_at timestamptz,
      version int NOT NULL, updated_at timestamptz NOT NULL)`);
    await runner.query('CREATE UNIQUE INDEX consent_current_subject_purpose ON consent_current (subject_id, purpose)');
    await runner.query(`CREATE TABLE consent_history (
      consent_id text NOT NULL, version int NOT NULL, subject_id text NOT NULL, purpose text NOT NULL,
      event_type text NOT NULL, effective_at timestamptz NOT NULL, occurred_at timestamptz NOT NULL, event jsonb NOT NULL,
      PRIMARY KEY (consent_id, version))`);
    await runner.query('CREATE INDEX consent_history_subject ON consent_history (subject_id, purpose, version)');
    await runner.query(`CREATE TABLE agreements_current (
      agreement_id text PRIMARY KEY, partner_id text NOT NULL, partner_name text NOT NULL, partner_kind text NOT NULL,
      topics jsonb NOT NULL, purposes jsonb NOT NULL, partner_retention_days int NOT NULL,
      valid_from timestamptz NOT NULL, valid_until timestamptz, status text NOT NULL,
      city_signed_at timestamptz, partner_signed_at timestamptz, activated_at timestamptz,
      version int NOT NULL, updated_at timestamptz NOT NULL)`);
    await runner.query('CREATE INDEX agreements_current_status_partner ON agreements_current (status, partner_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE agreements_current');
    await runner.query('DROP TABLE consent_history');
    await runner.query('DROP TABLE consent_current');
  }
}
