import { auditEntryOf, isPrivileged } from './audit-entry-of';

const principal = { subject: 'sub-1', issuer: 'https://id.example/realms/incheon', city: 'incheon', partner: false, roles: [], clientId: 'dpo' };
const at = new Date('2026-12-04T10:00:00Z');

describe('audit entries', () => {
  it('audits every call that changes state, and audit reads', () => {
    expect(isPrivileged({ method: 'POST', route: { path: '/v1/agreements' } })).toBe(true);
    expect(isPrivileged({ method: 'GET', route: { path: '/v1/audit' } })).toBe(true);
    expect(isPrivileged({ method: 'GET', route: { path: '/v1/agreements/active' } })).toBe(false);
  });

  it('records who (subject, issuer, client), what (route template, ids), when and the outcome; never a body', () => {
    const request = { method: 'POST', route: { path: '/v1/agreements/:agreementId/sign' }, params: { agreementId: 'a-1' }, principal, body: { secret: 'x' } };
    expect(auditEntryOf(request, 'denied', 403, at)).toEqual({
      at,
      subject: 'sub-1',
      issuer: 'https://id.example/realms/incheon',
      clientId: 'dpo',
      action: 'POST /v1/agreements/:agreementId/sign',
      targets: { agreementId: 'a-1' },
      outcome: 'denied',
      status: 403,
    });
  });
});
