import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TableColumn } from 'typeorm';

/** The replication audit also records the partner rules each reconciliation granted and revoked, and the agreements it refused. */
export class AuditPartnerAcls1764800000000 implements MigrationInterface {
  readonly name = 'AuditPartnerAcls1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('federation_replication_audit', [
      new TableColumn({ name: 'acls_granted', type: 'jsonb', default: `'[]'::jsonb` }),
      new TableColumn({ name: 'acls_revoked', type: 'jsonb', default: `'[]'::jsonb` }),
      new TableColumn({ name: 'refused_agreements', type: 'jsonb', default: `'[]'::jsonb` }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('federation_replication_audit', ['acls_granted', 'acls_revoked', 'refused_agreements']);
  }
}
