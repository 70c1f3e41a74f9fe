/** base64url without padding (RFC 4648 §5), as PKCE and OAuth state need. */
export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A code verifier of 43 characters from 32 random bytes (RFC 7636 §4.1). */
export function codeVerifierOf(random: Uint8Array): string {
  return base64Url(random);
}

/** The S256 code challenge of a verifier: base64url(SHA-256(verifier)). */
export async function codeChallengeOf(verifier: string, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<string> {
  return base64Url(new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

/** The claims of a JWT's payload, for display only: the backend verifies every token it gets. */
export function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
  return JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
}
