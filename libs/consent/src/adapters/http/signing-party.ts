import { ForbiddenException } from '@nestjs/common';
import type { Principal } from '@usm/security';
import { companyIdOf } from '@usm/security';

/** Who an agreement is with, as the signing rule needs it. */
export interface AgreementPartner {
  readonly partnerId: string;
  readonly partnerKind: string;
}

/**
 * The party a signature counts for, from the token alone: this city's staff sign as `city`; a partner city's issuer
 * signs as `partner` only for an agreement with that very city; a company client of this realm signs as `partner`
 * only for a company agreement naming it (its client id). Anything else is refused.
 */
export async function signingPartyOf(caller: Principal, partnerOf: () => Promise<AgreementPartner>): Promise<'city' | 'partner'> {
  const company = companyIdOf(caller);
  if (company !== null) {
    const { partnerId, partnerKind } = await partnerOf();
    if (partnerKind === 'company' && partnerId === company) return 'partner';
    throw new ForbiddenException();
  }
  if (!caller.partner) return 'city';
  const { partnerId, partnerKind } = await partnerOf();
  if (partnerKind === 'city' && partnerId === caller.city) return 'partner';
  throw new ForbiddenException();
}
