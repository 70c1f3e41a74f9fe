import type { DataSource } from 'typeorm';
import type { AuditEntry, AuditLog, AuditRecord } from './audit-entry';
import { auditTableOf } from './audit-table';

interface AuditRow {
  readonly id: string;
  readonly at: Date;
  readonly subject: string;
  readonly issuer: string;
  readonly client_id: string | null;
  readonly action: string;
  readonly targets: Record<string, string>;
  readonly outcome: AuditRecord['outcome'];
  readonly status: number;
}

/** The audit log in the service's own database (`audit_log`, append-only by trigger). */
export class PostgresAuditLog implements AuditLog {
  private readonly table: string;

  constructor(private readonly dataSource: DataSource) {
    this.table = auditTableOf((dataSource.options as { schema?: string }).schema).table;
  }

  async append(entry: AuditEntry): Promise<void> {
    await this.dataSource.query(`INSERT INTO ${this.table} (at, subject, issuer, client_id, action, targets, outcome, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      entry.at,
      entry.subject,
      entry.issuer,
      entry.clientId,
      entry.action,
      JSON.stringify(entry.targets),
      entry.outcome,
      entry.status,
    ]);
  }

  async read(query: { readonly limit: number; readonly before?: string }): Promise<readonly AuditRecord[]> {
    const rows = (await this.dataSource.query(
      `SELECT id::text AS id, at, subject, issuer, client_id, action, targets, outcome, status FROM ${this.table}
       WHERE ($1::bigint IS NULL OR id < $1::bigint) ORDER BY id DESC LIMIT $2`,
      [query.before ?? null, query.limit],
    )) as AuditRow[];
    return rows.map((r) => ({ id: r.id, at: r.at, subject: r.subject, issuer: r.issuer, clientId: r.client_id, action: r.action, targets: r.targets, outcome: r.outcome, status: r.status }));
  }
}
