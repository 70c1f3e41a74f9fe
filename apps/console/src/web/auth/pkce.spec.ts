import { base64Url, claimsOf, codeChallengeOf, codeVerifierOf } from './pkce';

describe('PKCE (RFC 7636)', () => {
  it('computes the S256 challenge of the RFC\'s example verifier', async () => {
    // RFC 7636, appendix B.
    expect(await codeChallengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes a 43-character verifier of 32 bytes in the unreserved alphabet', () => {
    const verifier = codeVerifierOf(new Uint8Array(32).fill(251));
    expect(verifier).toHaveLength(43);
    expect(verifier).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(base64Url(new Uint8Array([251, 255]))).toBe('-_8');
  });

  it('reads a token\'s claims for display', () => {
    const payload = base64Url(new TextEncoder().encode(JSON.stringify({ preferred_username: 'hub-operator', realm_access: { roles: ['persona:city-admin'] } })));
    expect(claimsOf(`h.${payload}.s`)).toEqual({ preferred_username: 'hub-operator', realm_access: { roles: ['persona:city-admin'] } });
  });
});
