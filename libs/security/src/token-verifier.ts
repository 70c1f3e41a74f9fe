import { createRemoteJWKSet, decodeJwt, errors, jwtVerify } from 'jose';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import type { AuthSettings } from './auth-settings';
import type { Principal } from './principal';

/** Signature algorithms accepted: asymmetric only, so `none` and shared-secret HS256 tokens never pass. */
export const allowedAlgorithms = ['RS256', 'PS256', 'ES256'];

/** The token is missing, malformed, expired, from an unknown issuer, for another audience or badly signed. */
export class UnauthenticatedError extends Error {
  constructor(readonly rule: string) {
    super('unauthenticated');
    this.name = 'UnauthenticatedError';
  }
}

/** Resolves the signing keys of an issuer (remote JWKS in services, local keys in unit tests). */
export type KeysOf = (issuer: string) => JWTVerifyGetKey;

/** Keys from the issuer's JWKS endpoint (Keycloak's `/protocol/openid-connect/certs`), cached by jose. */
export const remoteKeys: KeysOf = (issuer) => createRemoteJWKSet(new URL(`${issuer.replace(/\/+$/, '')}/protocol/openid-connect/certs`));

const rolesOf = (payload: JWTPayload): string[] => {
  const realmAccess = payload['realm_access'] as { roles?: unknown } | undefined;
  return Array.isArray(realmAccess?.roles) ? realmAccess.roles.filter((r): r is string => typeof r === 'string') : [];
};

/** Verifies bearer tokens of the city's issuer and of its trusted partners' issuers. */
export class TokenVerifier {
  private readonly issuers: ReadonlyMap<string, { city: string; partner: boolean; keys: JWTVerifyGetKey }>;

  constructor(private readonly settings: AuthSettings, keysOf: KeysOf = remoteKeys) {
    const entries: [string, { city: string; partner: boolean; keys: JWTVerifyGetKey }][] = [[settings.issuer, { city: settings.city, partner: false, keys: keysOf(settings.issuer) }]];
    for (const [city, issuer] of Object.entries(settings.partnerIssuers)) entries.push([issuer, { city, partner: true, keys: keysOf(issuer) }]);
    this.issuers = new Map(entries);
  }

  /** The principal of a valid token; throws UnauthenticatedError naming the broken rule otherwise. */
  async verify(token: string): Promise<Principal> {
    let claimed: string | undefined;
    try {
      claimed = decodeJwt(token).iss;
    } catch {
      throw new UnauthenticatedError('malformed');
    }
    const issuer = claimed === undefined ? undefined : this.issuers.get(claimed);
    if (!issuer || claimed === undefined) throw new UnauthenticatedError('issuer');
    try {
      const { payload } = await jwtVerify(token, issuer.keys, { issuer: claimed, audience: this.settings.audience, algorithms: allowedAlgorithms, requiredClaims: ['sub', 'exp'] });
      const clientId = typeof payload['azp'] === 'string' ? payload['azp'] : undefined;
      return { subject: payload.sub ?? '', issuer: claimed, city: issuer.city, partner: issuer.partner, roles: rolesOf(payload), ...(clientId ? { clientId } : {}) };
    } catch (error) {
      throw new UnauthenticatedError(error instanceof errors.JOSEError ? error.code : 'invalid');
    }
  }
}

/** The bearer token of an `Authorization` header, if it has one. */
export function bearerTokenOf(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header?.trim() ?? '');
  return match?.[1];
}
