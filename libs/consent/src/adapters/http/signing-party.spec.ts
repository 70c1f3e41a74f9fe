import { ForbiddenException } from '@nestjs/common';
import { companyRole } from '@usm/security';
import { signingPartyOf } from './signing-party';

const caller = (city: string, partner: boolean, roles: string[] = [], clientId?: string) => ({ subject: 's', issuer: `https://id.example/realms/${city}`, city, partner, roles, ...(clientId ? { clientId } : {}) });
const withCity = (partnerId: string) => () => Promise.resolve({ partnerId, partnerKind: 'city' });
const withCompany = (partnerId: string) => () => Promise.resolve({ partnerId, partnerKind: 'company' });

describe('signingPartyOf', () => {
  it("signs as the city with the city's own issuer, without looking at the agreement", async () => {
    await expect(signingPartyOf(caller('incheon', false), () => Promise.reject(new Error('not asked')))).resolves.toBe('city');
  });

  it("signs as the partner only with the agreement partner's own issuer", async () => {
    await expect(signingPartyOf(caller('barcelona', true), withCity('barcelona'))).resolves.toBe('partner');
    await expect(signingPartyOf(caller('hamburg', true), withCity('barcelona'))).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('lets a company client sign as the partner of a company agreement naming it, and nothing else', async () => {
    const company = caller('incheon', false, [companyRole], 'poom-gpu-platform');
    await expect(signingPartyOf(company, withCompany('poom-gpu-platform'))).resolves.toBe('partner');
    await expect(signingPartyOf(company, withCompany('vision-lab'))).rejects.toBeInstanceOf(ForbiddenException);
    // A city agreement with a partner of the same name is not the company's, and a company never signs for the city.
    await expect(signingPartyOf(company, withCity('poom-gpu-platform'))).rejects.toBeInstanceOf(ForbiddenException);
    await expect(signingPartyOf(company, withCity('barcelona'))).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('does not take a partner city for a company agreement of the same id', async () => {
    await expect(signingPartyOf(caller('barcelona', true), withCompany('barcelona'))).rejects.toBeInstanceOf(ForbiddenException);
  });
});
