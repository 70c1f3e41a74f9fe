import { ForbiddenException } from '@nestjs/common';
import type { Principal } from '@usm/security';

/**
 * The party a signature counts for, from the token alone: this city's issuer signs as `city`; a partner's
 * issuer signs as `partner` only for an agreement with that very city, anything else is refused.
 */
export async function signingPartyOf(caller: Principal, partnerIdOfAgreement: () => Promise<string>): Promise<'city' | 'partner'> {
  if (!caller.partner) return 'city';
  if ((await partnerIdOfAgreement()) === caller.city) return 'partner';
  throw new ForbiddenException();
}
