import { companyIdOf, companyRole, holdsCompanyPersona } from './companies';
import type { Principal } from './principal';

const own: Principal = { subject: 'sa-vision-lab', issuer: 'https://id.example/realms/incheon', city: 'incheon', partner: false, roles: [companyRole], clientId: 'vision-lab' };
const fromPartnerRealm: Principal = { ...own, issuer: 'https://id.example/realms/barcelona', city: 'barcelona', partner: true };

describe('companyIdOf', () => {
  it("names the company of a company client of the city's own realm by its client id", () => {
    expect(companyIdOf(own)).toBe('vision-lab');
  });

  it("names no company for a partner realm's client with the company persona (ADR 0017: a company is a client of the city's own realm)", () => {
    expect(companyIdOf(fromPartnerRealm)).toBeNull();
    expect(holdsCompanyPersona(fromPartnerRealm)).toBe(true);
  });

  it('names no company for a caller without the company persona, or without a client id', () => {
    expect(companyIdOf({ ...own, roles: ['agreements:sign'] })).toBeNull();
    expect(companyIdOf({ subject: own.subject, issuer: own.issuer, city: own.city, partner: false, roles: [companyRole] })).toBeNull();
  });
});
