import type { AclBinding } from '@usm/messaging';
import type { AuditEntry } from '@usm/security';
import type { ReplicationAuditEntry } from '../domain/replication-audit-entry';

/** Who changes partner rules: the federation service itself, on behalf of what triggered the reconciliation. */
export const federationActor = { subject: 'service:federation', issuer: 'urn:usm:federation' } as const;

const ruleOf = (b: AclBinding): string => `User:${b.principal} ${b.operation} ${b.resource} ${b.pattern === 'prefixed' ? `${b.name}*` : b.name}`;

/**
 * The service audit log's view of a reconciliation's partner-rule changes: one `ACL GRANT` and one `ACL REVOKE`
 * entry per reconciliation that changed rules (or failed to), with the rules and the trigger as targets, so the
 * data protection officer reads every ACL change where every privileged call is.
 */
export function aclAuditEntriesOf(entry: ReplicationAuditEntry): AuditEntry[] {
  const outcome = entry.outcome === 'failed' ? 'failed' : 'succeeded';
  const changes = [
    { action: 'ACL GRANT', rules: entry.aclsGranted },
    { action: 'ACL REVOKE', rules: entry.aclsRevoked },
  ].filter((change) => change.rules.length > 0);
  return changes.map(({ action, rules }) => ({
    at: new Date(entry.decidedAt),
    ...federationActor,
    clientId: null,
    action,
    targets: {
      trigger: entry.trigger,
      ...(entry.agreementId === null ? {} : { agreementId: entry.agreementId }),
      rules: rules.map(ruleOf).join(', '),
    },
    outcome,
    status: outcome === 'failed' ? 500 : 200,
  }));
}
