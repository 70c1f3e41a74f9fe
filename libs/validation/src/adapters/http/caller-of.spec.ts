import type { Principal } from '@usm/security';
import { companyRole } from '@usm/security';
import type { Request } from 'express';
import { AccessForbiddenError } from '../../application/validation.errors';
import { runCallerOf } from './caller-of';

const request = { headers: { authorization: 'Bearer t0k3n' } } as Request;
const ownCompany: Principal = { subject: 'sa-vision-lab', issuer: 'https://id.example/realms/incheon', city: 'incheon', partner: false, roles: [companyRole], clientId: 'vision-lab' };
const ownStaff: Principal = { subject: 'evaluator-1', issuer: ownCompany.issuer, city: 'incheon', partner: false, roles: ['validation:submit'] };

describe('runCallerOf', () => {
  it("takes a company client of the city's own realm as that company with its token, and anyone else of the own realm as staff", () => {
    expect(runCallerOf(ownCompany, request)).toEqual({ kind: 'company', companyId: 'vision-lab', bearerToken: 't0k3n' });
    expect(runCallerOf(ownStaff, request)).toEqual({ kind: 'staff', subject: 'evaluator-1' });
  });

  it("refuses a partner realm's caller, company persona or not, rather than take it for a company or for staff", () => {
    const barcelona = { issuer: 'https://id.example/realms/barcelona', city: 'barcelona', partner: true };
    expect(() => runCallerOf({ ...ownCompany, ...barcelona }, request)).toThrow(AccessForbiddenError);
    expect(() => runCallerOf({ ...ownStaff, ...barcelona }, request)).toThrow(AccessForbiddenError);
  });
});
