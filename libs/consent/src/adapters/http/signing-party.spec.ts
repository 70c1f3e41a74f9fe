import { ForbiddenException } from '@nestjs/common';
import { signingPartyOf } from './signing-party';

const caller = (city: string, partner: boolean) => ({ subject: 's', issuer: `https://id.example/realms/${city}`, city, partner, roles: [] });
const partnerOfAgreement = () => Promise.resolve('barcelona');

describe('signingPartyOf', () => {
  it("signs as the city with the city's own issuer, without looking at the agreement", async () => {
    await expect(signingPartyOf(caller('incheon', false), () => Promise.reject(new Error('not asked')))).resolves.toBe('city');
  });

  it("signs as the partner only with the agreement partner's own issuer", async () => {
    await expect(signingPartyOf(caller('barcelona', true), partnerOfAgreement)).resolves.toBe('partner');
    await expect(signingPartyOf(caller('hamburg', true), partnerOfAgreement)).rejects.toBeInstanceOf(ForbiddenException);
  });
});
