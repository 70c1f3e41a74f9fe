import { permissions } from './permissions';
import type { AuthMode } from './auth-settings';
import type { Principal } from './principal';
import type { KeysOf } from './token-verifier';
import { TokenVerifier, UnauthenticatedError, bearerTokenOf, remoteKeys } from './token-verifier';

/** Turns a request's `Authorization` header into a principal, or throws UnauthenticatedError. */
export interface Authenticator {
  authenticate(authorization: string | undefined): Promise<Principal>;
}

/** Nest token of the service's Authenticator. */
export const AUTHENTICATOR = Symbol('AUTHENTICATOR');

/** The authenticator of a mode: verified bearer tokens, or (MESH_INSECURE) one local principal with every permission. */
export function authenticatorOf(mode: AuthMode, keysOf: KeysOf = remoteKeys): Authenticator {
  if (mode.kind === 'insecure') {
    const local: Principal = { subject: 'insecure-local', issuer: 'insecure', city: mode.city, partner: false, roles: [...permissions] };
    return { authenticate: () => Promise.resolve(local) };
  }
  const verifier = new TokenVerifier(mode.settings, keysOf);
  return {
    authenticate: (authorization) => {
      const token = bearerTokenOf(authorization);
      return token === undefined ? Promise.reject(new UnauthenticatedError('missing')) : verifier.verify(token);
    },
  };
}
