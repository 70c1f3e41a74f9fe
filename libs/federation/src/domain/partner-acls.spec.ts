import type { AclBinding } from '@usm/messaging';
import { aclChangesOf, partnerAclsOf, sameAcls } from './partner-acls';
import type { SharingAgreement } from './replication-flow';

const agreement = (id: string, partner: string, topics: string[], overrides: Partial<SharingAgreement> = {}): SharingAgreement => ({ agreementId: id, partner, partnerKind: 'city', topics, status: 'active', ...overrides });
const rule = (principal: string, name: string, operation: AclBinding['operation']): AclBinding => ({ principal, resource: 'topic', name, pattern: 'literal', operation });

describe('partnerAclsOf', () => {
  it('lets each partner principal read, describe and describe the configs of exactly the topics its active agreements cover', () => {
    const acls = partnerAclsOf([agreement('a1', 'barcelona', ['safety.events.anonymised.v1']), agreement('a2', 'osaka', ['safety.labels.v1'])], 'incheon');
    expect(acls).toEqual([
      rule('partner-barcelona', 'safety.events.anonymised.v1', 'describe'),
      rule('partner-barcelona', 'safety.events.anonymised.v1', 'describe-configs'),
      rule('partner-barcelona', 'safety.events.anonymised.v1', 'read'),
      rule('partner-osaka', 'safety.labels.v1', 'describe'),
      rule('partner-osaka', 'safety.labels.v1', 'describe-configs'),
      rule('partner-osaka', 'safety.labels.v1', 'read'),
    ]);
    // Literal names only: a prefixed rule would also open topics created later under the same name.
    expect(acls.every((a) => a.pattern === 'literal' && a.resource === 'topic')).toBe(true);
    expect(new Set(acls.map((a) => a.operation))).toEqual(new Set(['read', 'describe', 'describe-configs']));
  });

  it('merges two agreements with the same partner and topic into one set of rules, under the topic prefix', () => {
    const acls = partnerAclsOf([agreement('a1', 'barcelona', ['t.v1']), agreement('a2', 'barcelona', ['t.v1', 'u.v1'])], 'incheon', 'run-');
    expect(acls.filter((a) => a.operation === 'read').map((a) => a.name)).toEqual(['run-t.v1', 'run-u.v1']);
    expect(acls).toHaveLength(6);
  });

  it.each([
    ['suspended', { status: 'suspended' as const }],
    ['terminated', { status: 'terminated' as const }],
    ['proposed', { status: 'proposed' as const }],
    ['with a company', { partnerKind: 'company' as const }],
  ])('gives nothing for an agreement %s', (_name, overrides) => {
    expect(partnerAclsOf([agreement('a1', 'barcelona', ['t.v1'], overrides)], 'incheon')).toEqual([]);
  });

  it('gives nothing to this city itself', () => {
    expect(partnerAclsOf([agreement('a1', 'incheon', ['t.v1'])], 'incheon')).toEqual([]);
  });
});

describe('aclChangesOf', () => {
  const read = rule('partner-barcelona', 't.v1', 'read');
  const describeRule = rule('partner-barcelona', 't.v1', 'describe');
  const other = rule('partner-osaka', 't.v1', 'read');

  it('grants what is wanted and missing, revokes what is in force and no longer wanted, and leaves the rest', () => {
    expect(aclChangesOf([read, other], [read, describeRule])).toEqual({ grant: [describeRule], revoke: [other] });
  });

  it('changes nothing when both hold the same rules in another order, with duplicates', () => {
    expect(aclChangesOf([read, describeRule, read], [describeRule, read])).toEqual({ grant: [], revoke: [] });
    expect(sameAcls([read, describeRule], [describeRule, read])).toBe(true);
  });

  it('tells a literal rule from a prefixed one of the same name', () => {
    const prefixed: AclBinding = { ...read, pattern: 'prefixed' };
    expect(aclChangesOf([prefixed], [read])).toEqual({ grant: [read], revoke: [prefixed] });
  });
});
