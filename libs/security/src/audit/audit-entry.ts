/** What happened to a privileged call: done, refused by the role check, or failed with an error status. */
export type AuditOutcome = 'succeeded' | 'denied' | 'failed';

/** One audit record: who (token subject and issuer), what (action and target ids), when, and the outcome. */
export interface AuditEntry {
  readonly at: Date;
  readonly subject: string;
  readonly issuer: string;
  readonly clientId: string | null;
  /** `METHOD /route/:template`, e.g. `POST /v1/agreements/:agreementId/sign`. */
  readonly action: string;
  /** Route parameters naming the target (ids, never bodies). */
  readonly targets: Readonly<Record<string, string>>;
  readonly outcome: AuditOutcome;
  readonly status: number;
}

/** A stored entry with its position in the append-only log. */
export interface AuditRecord extends AuditEntry {
  readonly id: string;
}

/** The append-only audit log of a service. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first, at most `limit`, older than `before` (an id) when given. */
  read(query: { readonly limit: number; readonly before?: string }): Promise<readonly AuditRecord[]>;
}

/** Nest token of the service's AuditLog (bound by the context module that owns the database). */
export const AUDIT_LOG = Symbol('AUDIT_LOG');
