import type { AclBinding } from '@usm/messaging';
import type { ReplicationAuditEntry } from '../domain/replication-audit-entry';
import { aclAuditEntriesOf } from './acl-audit-entries';

const read = (topic: string): AclBinding => ({ principal: 'partner-barcelona', resource: 'topic', name: topic, pattern: 'literal', operation: 'read' });

const reconciliation = (overrides: Partial<ReplicationAuditEntry>): ReplicationAuditEntry => ({
  agreementId: 'agr-1',
  trigger: 'AgreementTerminated',
  previousFlows: [],
  newFlows: [],
  requestedFlows: null,
  aclsGranted: [],
  aclsRevoked: [],
  refusedAgreements: [],
  outcome: 'applied',
  errorCode: null,
  errorMessage: null,
  decidedAt: Date.parse('2026-12-04T10:00:00Z'),
  ...overrides,
});

describe('partner-rule changes in the service audit log', () => {
  it('given a reconciliation that changed no rule, records nothing', () => {
    expect(aclAuditEntriesOf(reconciliation({}))).toEqual([]);
  });

  it('given rules revoked on a termination, records one ACL REVOKE naming the rules, the trigger and the agreement', () => {
    const entries = aclAuditEntriesOf(reconciliation({ aclsRevoked: [read('safety.events.anonymised.v1'), read('safety.labels.v1')] }));
    expect(entries).toEqual([
      {
        at: new Date('2026-12-04T10:00:00Z'),
        subject: 'service:federation',
        issuer: 'urn:usm:federation',
        clientId: null,
        action: 'ACL REVOKE',
        targets: { trigger: 'AgreementTerminated', agreementId: 'agr-1', rules: 'User:partner-barcelona read topic safety.events.anonymised.v1, User:partner-barcelona read topic safety.labels.v1' },
        outcome: 'succeeded',
        status: 200,
      },
    ]);
  });

  it('given grants and revocations at once on a timer, records both, without an agreement when none triggered it', () => {
    const entries = aclAuditEntriesOf(reconciliation({ agreementId: null, trigger: 'startup', aclsGranted: [read('a.v1')], aclsRevoked: [{ ...read('b'), pattern: 'prefixed' }] }));
    expect(entries.map((e) => [e.action, e.targets])).toEqual([
      ['ACL GRANT', { trigger: 'startup', rules: 'User:partner-barcelona read topic a.v1' }],
      ['ACL REVOKE', { trigger: 'startup', rules: 'User:partner-barcelona read topic b*' }],
    ]);
  });

  it('given a failed apply, records the attempted change as failed', () => {
    expect(aclAuditEntriesOf(reconciliation({ outcome: 'failed', aclsGranted: [read('a.v1')] }))[0]).toMatchObject({ outcome: 'failed', status: 500 });
  });
});
