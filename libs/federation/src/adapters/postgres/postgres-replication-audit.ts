import type { DataSource, Repository } from 'typeorm';
import { InfrastructureError } from '@usm/errors';
import type { AuditLog } from '@usm/security';
import { aclAuditEntriesOf } from '../../application/acl-audit-entries';
import type { ReplicationAuditLog } from '../../application/ports';
import { federationErrorCodes } from '../../domain/federation-errors';
import type { ReplicationAuditEntry } from '../../domain/replication-audit-entry';
import { ReplicationAuditRow } from './replication-audit.entity';

/**
 * The audit trail of replication changes in PostgreSQL, one row per reconciliation; partner-rule changes also go
 * to the service's append-only audit log, where the data protection officer reads every privileged act.
 */
export class PostgresReplicationAudit implements ReplicationAuditLog {
  private readonly rows: Repository<ReplicationAuditRow>;

  constructor(
    dataSource: DataSource,
    private readonly serviceAudit?: AuditLog,
  ) {
    this.rows = dataSource.getRepository(ReplicationAuditRow);
  }

  async record(entry: ReplicationAuditEntry): Promise<void> {
    await this.guard(() =>
      this.rows.insert({
        agreementId: entry.agreementId,
        trigger: entry.trigger,
        outcome: entry.outcome,
        previousFlows: [...entry.previousFlows],
        newFlows: [...entry.newFlows],
        requestedFlows: entry.requestedFlows === null ? null : [...entry.requestedFlows],
        aclsGranted: [...entry.aclsGranted],
        aclsRevoked: [...entry.aclsRevoked],
        refusedAgreements: [...entry.refusedAgreements],
        errorCode: entry.errorCode,
        errorMessage: entry.errorMessage,
        decidedAt: new Date(entry.decidedAt),
      }),
    );
    const serviceAudit = this.serviceAudit;
    if (!serviceAudit) return;
    await this.guard(async () => {
      for (const change of aclAuditEntriesOf(entry)) await serviceAudit.append(change);
    });
  }

  async recent(limit: number): Promise<readonly ReplicationAuditEntry[]> {
    const rows = await this.guard(() => this.rows.find({ order: { id: 'DESC' }, take: limit }));
    return rows.map((row) => ({
      agreementId: row.agreementId,
      trigger: row.trigger,
      outcome: row.outcome,
      previousFlows: row.previousFlows,
      newFlows: row.newFlows,
      requestedFlows: row.requestedFlows,
      aclsGranted: row.aclsGranted,
      aclsRevoked: row.aclsRevoked,
      refusedAgreements: row.refusedAgreements,
      errorCode: row.errorCode,
      errorMessage: row.errorMessage,
      decidedAt: row.decidedAt.getTime(),
    }));
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (cause) {
      throw new InfrastructureError(federationErrorCodes.auditUnavailable, 'The replication audit (PostgreSQL) did not answer', { cause });
    }
  }
}
