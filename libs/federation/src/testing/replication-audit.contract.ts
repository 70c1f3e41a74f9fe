import type { ReplicationAuditLog } from '../application/ports';
import type { ReplicationAuditEntry } from '../domain/replication-audit-entry';

const flow = { source: 'incheon', target: 'barcelona', topics: ['safety.events.anonymised.v1'] };
const readRule = { principal: 'partner-barcelona', resource: 'topic', name: 'safety.events.anonymised.v1', pattern: 'literal', operation: 'read' } as const;

function entry(overrides: Partial<ReplicationAuditEntry>): ReplicationAuditEntry {
  return { agreementId: 'agr-1', trigger: 'AgreementActivated', previousFlows: [], newFlows: [flow], requestedFlows: [flow], aclsGranted: [readRule], aclsRevoked: [], refusedAgreements: [], outcome: 'applied', errorCode: null, errorMessage: null, decidedAt: Date.parse('2026-11-21T09:00:00Z'), ...overrides };
}

/** The one contract every ReplicationAuditLog adapter keeps; run against the in-memory and the PostgreSQL adapter. */
export function describeReplicationAuditContract(name: string, create: () => Promise<ReplicationAuditLog>): void {
  describe(`${name} (ReplicationAuditLog contract)`, () => {
    it('returns what was recorded, newest first, flows and times intact', async () => {
      const audit = await create();
      const applied = entry({});
      const refused = entry({ agreementId: 'agr-2', outcome: 'refused', newFlows: [flow], previousFlows: [flow], requestedFlows: null, aclsGranted: [], aclsRevoked: [{ ...readRule, operation: 'describe' }], refusedAgreements: [{ agreementId: 'agr-2', code: 'FEDERATION.TOPIC_NOT_SHAREABLE' }], errorCode: 'FEDERATION.TOPIC_NOT_SHAREABLE', errorMessage: 'raw never leaves', decidedAt: applied.decidedAt + 1 });
      await audit.record(applied);
      await audit.record(refused);
      expect(await audit.recent(10)).toEqual([refused, applied]);
    });

    it('records the startup reconciliation without an agreement', async () => {
      const audit = await create();
      const startup = entry({ agreementId: null, trigger: 'startup', outcome: 'unchanged', newFlows: [], requestedFlows: [] });
      await audit.record(startup);
      expect(await audit.recent(1)).toEqual([startup]);
    });
  });
}
