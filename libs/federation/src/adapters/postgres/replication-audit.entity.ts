import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ReplicationOutcome } from '../../domain/replication-audit-entry';
import type { AclBinding } from '@usm/messaging';
import type { ReplicationFlow } from '../../domain/replication-flow';

/** One reconciliation of the replication with the agreements: what triggered it, the flows before and after, the outcome. */
@Entity({ name: 'federation_replication_audit' })
@Index('federation_replication_audit_decided_at', ['decidedAt'])
export class ReplicationAuditRow {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'agreement_id', type: 'varchar', length: 200, nullable: true })
  agreementId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  trigger!: string;

  @Column({ type: 'varchar', length: 16 })
  outcome!: ReplicationOutcome;

  @Column({ name: 'previous_flows', type: 'jsonb' })
  previousFlows!: ReplicationFlow[];

  @Column({ name: 'new_flows', type: 'jsonb' })
  newFlows!: ReplicationFlow[];

  @Column({ name: 'requested_flows', type: 'jsonb', nullable: true })
  requestedFlows!: ReplicationFlow[] | null;

  @Column({ name: 'acls_granted', type: 'jsonb' })
  aclsGranted!: AclBinding[];

  @Column({ name: 'acls_revoked', type: 'jsonb' })
  aclsRevoked!: AclBinding[];

  @Column({ name: 'refused_agreements', type: 'jsonb' })
  refusedAgreements!: { agreementId: string; code: string }[];

  @Column({ name: 'error_code', type: 'varchar', length: 100, nullable: true })
  errorCode!: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
