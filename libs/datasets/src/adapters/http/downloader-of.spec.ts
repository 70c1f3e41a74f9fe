import type { Principal } from '@usm/security';
import { companyRole } from '@usm/security';
import { downloaderOf } from './downloader-of';

const ownCompany: Principal = { subject: 'sa-vision-lab', issuer: 'https://id.example/realms/incheon', city: 'incheon', partner: false, roles: [companyRole], clientId: 'vision-lab' };
const fromBarcelona = (principal: Principal): Principal => ({ ...principal, issuer: 'https://id.example/realms/barcelona', city: 'barcelona', partner: true });

describe('downloaderOf', () => {
  it("takes a company client of the city's own realm as that company, and own staff who build releases as staff", () => {
    expect(downloaderOf(ownCompany)).toEqual({ kind: 'company', companyId: 'vision-lab' });
    expect(downloaderOf({ ...ownCompany, roles: ['datasets:build'], clientId: 'console' })).toEqual({ kind: 'staff' });
  });

  it("takes a partner realm's client named like a company, or holding build rights, as neither company nor staff", () => {
    expect(downloaderOf(fromBarcelona(ownCompany))).toEqual({ kind: 'other' });
    expect(downloaderOf(fromBarcelona({ ...ownCompany, roles: ['datasets:build'] }))).toEqual({ kind: 'other' });
  });
});
