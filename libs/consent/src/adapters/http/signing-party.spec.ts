import { ForbiddenException } from '@nestjs/common';
import type { Principal } from '@usm/security';
import { companyRole } from '@usm/security';
import type { AgreementPartner } from './signing-party';
import { signingPartyOf } from './signing-party';

// This node is Incheon's; Barcelona and Hamburg are trusted partner realms.
const ownStaff: Principal = { subject: 'dpo-1', issuer: 'https://id.example/realms/incheon', city: 'incheon', partner: false, roles: ['agreements:sign'] };
const ownCompany = (clientId: string): Principal => ({ ...ownStaff, subject: `service-account-${clientId}`, roles: [companyRole, 'agreements:sign'], clientId });
const partnerOfficer = (city: string): Principal => ({ subject: 'officer-1', issuer: `https://id.example/realms/${city}`, city, partner: true, roles: ['agreements:sign'] });
const partnerCompany = (city: string, clientId: string): Principal => ({ ...partnerOfficer(city), subject: `service-account-${clientId}`, roles: [companyRole, 'agreements:sign'], clientId });

const cityAgreement = (partnerId: string) => (): Promise<AgreementPartner> => Promise.resolve({ partnerId, partnerKind: 'city' });
const companyAgreement = (partnerId: string) => (): Promise<AgreementPartner> => Promise.resolve({ partnerId, partnerKind: 'company' });
const notAsked = (): Promise<AgreementPartner> => Promise.reject(new Error('the agreement was not needed'));

describe('signingPartyOf', () => {
  it("given a company agreement naming vision-lab, when vision-lab, a client of the city's own realm, signs, then it signs as the partner", async () => {
    await expect(signingPartyOf(ownCompany('vision-lab'), companyAgreement('vision-lab'))).resolves.toBe('partner');
  });

  it("given a company agreement naming vision-lab, when a Barcelona-realm client named vision-lab with the company persona signs, then 403: a company is a client of the city's own realm", async () => {
    await expect(signingPartyOf(partnerCompany('barcelona', 'vision-lab'), companyAgreement('vision-lab'))).rejects.toBeInstanceOf(ForbiddenException);
  });

  it("given Barcelona's city agreement, when a Barcelona-realm company client signs, then 403: a company does not sign for its city", async () => {
    await expect(signingPartyOf(partnerCompany('barcelona', 'vision-lab'), cityAgreement('barcelona'))).rejects.toBeInstanceOf(ForbiddenException);
  });

  it("given Barcelona's city agreement, when Barcelona's realm signs, then it signs as the partner", async () => {
    await expect(signingPartyOf(partnerOfficer('barcelona'), cityAgreement('barcelona'))).resolves.toBe('partner');
  });

  it("given Barcelona's city agreement, when Hamburg's realm signs, then 403", async () => {
    await expect(signingPartyOf(partnerOfficer('hamburg'), cityAgreement('barcelona'))).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('given a company agreement whose id is a partner city, when that city signs, then 403: a partner realm never signs as a company', async () => {
    await expect(signingPartyOf(partnerOfficer('barcelona'), companyAgreement('barcelona'))).rejects.toBeInstanceOf(ForbiddenException);
  });

  it("given any agreement, when the city's own staff sign, then they sign as the city without reading the agreement", async () => {
    await expect(signingPartyOf(ownStaff, notAsked)).resolves.toBe('city');
  });

  it('given a company agreement naming another company, when an own-realm company signs, then 403', async () => {
    await expect(signingPartyOf(ownCompany('poom-gpu-platform'), companyAgreement('vision-lab'))).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('given a city agreement with a partner of the same name, when an own-realm company signs, then 403: a company never signs for a city', async () => {
    await expect(signingPartyOf(ownCompany('poom-gpu-platform'), cityAgreement('poom-gpu-platform'))).rejects.toBeInstanceOf(ForbiddenException);
    await expect(signingPartyOf(ownCompany('poom-gpu-platform'), cityAgreement('barcelona'))).rejects.toBeInstanceOf(ForbiddenException);
  });
});
