import { ForbiddenException } from '@nestjs/common';
import type { Principal } from '@usm/security';
import { companyRole } from '@usm/security';
import { applicationScopeOf, applyingCompanyOf } from './company-access';

const ownCompany: Principal = { subject: 'sa-vision-lab', issuer: 'https://id.example/realms/incheon', city: 'incheon', partner: false, roles: [companyRole], clientId: 'vision-lab' };
const reviewer: Principal = { subject: 'desk-1', issuer: ownCompany.issuer, city: 'incheon', partner: false, roles: ['applications:review'] };
const fromBarcelona = (principal: Principal): Principal => ({ ...principal, issuer: 'https://id.example/realms/barcelona', city: 'barcelona', partner: true });

describe('company access to site applications', () => {
  it("scopes a company client of the city's own realm to its own applications, and a reviewer to all", () => {
    expect(applicationScopeOf(ownCompany)).toBe('vision-lab');
    expect(applicationScopeOf(reviewer)).toBeNull();
    expect(applyingCompanyOf(ownCompany, undefined)).toBe('vision-lab');
  });

  it("refuses a partner realm's client named like a company, and a partner realm's reviewer", () => {
    expect(() => applicationScopeOf(fromBarcelona(ownCompany))).toThrow(ForbiddenException);
    expect(() => applicationScopeOf(fromBarcelona(reviewer))).toThrow(ForbiddenException);
    expect(() => applyingCompanyOf(fromBarcelona(ownCompany), 'vision-lab')).toThrow(ForbiddenException);
  });
});
