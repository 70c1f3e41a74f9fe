import type { ReplicationAuditLog } from '../application/ports';
import type { ReplicationAuditEntry } from '../domain/replication-audit-entry';

/** ReplicationAuditLog in memory, newest last. */
export class InMemoryReplicationAudit implements ReplicationAuditLog {
  readonly entries: ReplicationAuditEntry[] = [];

  async record(entry: ReplicationAuditEntry): Promise<void> {
    this.entries.push(entry);
  }

  async recent(limit: number): Promise<readonly ReplicationAuditEntry[]> {
    return this.entries.slice(-limit).reverse();
  }
}
