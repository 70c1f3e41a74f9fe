import type { Principal } from '../principal';
import type { AuditEntry, AuditOutcome } from './audit-entry';

/** The parts of a request an audit entry keeps: never its body or headers. */
export interface AuditedRequest {
  readonly method: string;
  readonly route?: { readonly path?: string };
  readonly params?: Readonly<Record<string, string>>;
  readonly principal?: Principal;
}

/** Non-GET calls change state; audit reads are privileged too. */
export const isPrivileged = (request: AuditedRequest): boolean => request.method !== 'GET' || (request.route?.path ?? '').startsWith('/v1/audit');

export function auditEntryOf(request: AuditedRequest, outcome: AuditOutcome, status: number, at: Date): AuditEntry {
  return {
    at,
    subject: request.principal?.subject ?? 'unknown',
    issuer: request.principal?.issuer ?? 'unknown',
    clientId: request.principal?.clientId ?? null,
    action: `${request.method} ${request.route?.path ?? '?'}`,
    targets: { ...(request.params ?? {}) },
    outcome,
    status,
  };
}
