import type { Authenticator, Principal } from '@usm/security';
import { permissions } from '@usm/security';

/** The node city of the ledger's HTTP specs. */
export const specCity = 'incheon';

/**
 * Stands in for token verification in HTTP unit specs: `Authorization: Bearer <city>:<subject>` names the
 * issuer's city and the subject (another city is a partner); no header is an officer of the node city.
 * Every permission is held, so these specs exercise the ledger; role checks have their own specs.
 */
export const specAuthenticator: Authenticator = {
  authenticate: (authorization) => {
    const [city, subject] = (authorization?.replace(/^Bearer /, '') ?? `${specCity}:officer-1`).split(':');
    const principal: Principal = { subject: subject ?? 'officer-1', issuer: `https://id.example/realms/${city}`, city: city ?? specCity, partner: city !== specCity, roles: [...permissions] };
    return Promise.resolve(principal);
  },
};
