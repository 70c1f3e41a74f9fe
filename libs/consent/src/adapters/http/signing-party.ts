import { ForbiddenException } from '@nestjs/common';
import type { Principal } from '@usm/security';
import { companyIdOf, holdsCompanyPersona } from '@usm/security';

/** Who an agreement is with, as the signing rule needs it. */
export interface AgreementPartner {
  readonly partnerId: string;
  readonly partnerKind: string;
}

/**
 * The party a signature counts for, from the token alone. The realm is decided first: a company is a client of
 * this city's own realm (ADR 0017), so a partner realm's client named like a company never signs as one.
 * - A partner city's issuer signs as `partner` only for a city agreement with that very city, and never through a
 *   company client of its realm (a company does not speak for its city).
 * - In this city's realm, a company client signs as `partner` only for a company agreement naming it (its client
 *   id); the city's staff sign as `city`.
 * Anything else is refused.
 */
export async function signingPartyOf(caller: Principal, partnerOf: () => Promise<AgreementPartner>): Promise<'city' | 'partner'> {
  if (caller.partner) {
    if (holdsCompanyPersona(caller)) throw new ForbiddenException();
    const { partnerId, partnerKind } = await partnerOf();
    if (partnerKind === 'city' && partnerId === caller.city) return 'partner';
    throw new ForbiddenException();
  }
  const company = companyIdOf(caller);
  if (company === null) return 'city';
  const { partnerId, partnerKind } = await partnerOf();
  if (partnerKind === 'company' && partnerId === company) return 'partner';
  throw new ForbiddenException();
}
