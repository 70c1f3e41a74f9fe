import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import type { JWTPayload, KeyLike } from 'jose';
import type { KeysOf } from '../token-verifier';

/** A local identity provider for unit specs: its own key pair per issuer, tokens signed on demand. */
export interface LocalIssuers {
  readonly keysOf: KeysOf;
  sign(issuer: string, claims: JWTPayload, options?: { alg?: string; expiresIn?: string | number; key?: KeyLike | Uint8Array; keyOf?: string }): Promise<string>;
}

export async function localIssuers(issuers: readonly string[]): Promise<LocalIssuers> {
  const pairs = new Map<string, { privateKey: KeyLike; publicJwk: Awaited<ReturnType<typeof exportJWK>> }>();
  for (const issuer of issuers) {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    pairs.set(issuer, { privateKey, publicJwk: { ...(await exportJWK(publicKey)), alg: 'RS256', kid: `${issuer}-key` } });
  }
  const pairOf = (issuer: string) => {
    const pair = pairs.get(issuer);
    if (!pair) throw new Error(`no local keys for ${issuer}`);
    return pair;
  };
  return {
    keysOf: (issuer) => createLocalJWKSet({ keys: [pairOf(issuer).publicJwk] }),
    sign: (issuer, claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: `${issuer}-key` })
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m')
        .sign(options.key ?? pairOf(options.keyOf ?? issuer).privateKey),
  };
}

/** An unsigned token (`alg: none`), which no verifier may accept. */
export function unsignedToken(claims: JWTPayload): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}
