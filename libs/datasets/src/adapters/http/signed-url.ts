import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a signed URL grants: one file of one release, to one company, until `expires` (epoch seconds). */
export interface SignedGrant {
  readonly releaseId: string;
  readonly path: string;
  readonly company: string;
  readonly expires: number;
}

export type SignedUrlCheck = { readonly ok: true } | { readonly ok: false; readonly reason: 'expired' | 'bad-signature' };

const payloadOf = (g: SignedGrant): string => [g.releaseId, g.path, g.company, String(g.expires)].join('\n');

/** HMAC-SHA-256 of the grant (hex); the key is the service's URL-signing secret. */
export function signGrant(grant: SignedGrant, key: Buffer): string {
  return createHmac('sha256', key).update(payloadOf(grant)).digest('hex');
}

/** Checks expiry first (an expired URL is refused even when its signature is right), then the signature in constant time. */
export function checkSignedGrant(grant: SignedGrant, signature: string, key: Buffer, nowSeconds: number): SignedUrlCheck {
  if (!Number.isInteger(grant.expires) || grant.expires <= nowSeconds) return { ok: false, reason: 'expired' };
  const expected = Buffer.from(signGrant(grant, key), 'hex');
  const given = /^[0-9a-f]{64}$/.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected) ? { ok: true } : { ok: false, reason: 'bad-signature' };
}

/** The query string of a signed download URL. */
export function signedQueryOf(grant: SignedGrant, key: Buffer): string {
  return new URLSearchParams({ company: grant.company, expires: String(grant.expires), signature: signGrant(grant, key) }).toString();
}
