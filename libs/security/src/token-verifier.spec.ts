import { TokenVerifier, UnauthenticatedError } from './token-verifier';
import type { LocalIssuers } from './spec-support/local-issuer';
import { localIssuers, unsignedToken } from './spec-support/local-issuer';

const own = 'https://id.example/realms/incheon';
const partner = 'https://id.example/realms/barcelona';
const stranger = 'https://id.example/realms/elsewhere';
const claims = { sub: 'officer-1', aud: 'usm-consent', azp: 'dpo', realm_access: { roles: ['agreements:read'] } };

describe('TokenVerifier', () => {
  let issuers: LocalIssuers;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    issuers = await localIssuers([own, partner, stranger]);
    verifier = new TokenVerifier({ city: 'incheon', issuer: own, audience: 'usm-consent', partnerIssuers: { barcelona: partner } }, issuers.keysOf);
  });

  const refusal = (token: Promise<string> | string) => Promise.resolve(token).then((t) => verifier.verify(t)).then(() => 'accepted', (error: unknown) => (error instanceof UnauthenticatedError ? error.rule : 'other'));

  it('gives the principal of a valid token of the own issuer: subject, city, roles, client', async () => {
    await expect(verifier.verify(await issuers.sign(own, claims))).resolves.toEqual({ subject: 'officer-1', issuer: own, city: 'incheon', partner: false, roles: ['agreements:read'], clientId: 'dpo' });
  });

  it("names a partner issuer's city as the party, flagged as partner", async () => {
    await expect(verifier.verify(await issuers.sign(partner, claims))).resolves.toMatchObject({ city: 'barcelona', partner: true });
  });

  it('refuses an expired token', async () => {
    await expect(refusal(issuers.sign(own, claims, { expiresIn: Math.floor(Date.parse('2020-01-01T00:00:00Z') / 1000) }))).resolves.toBe('ERR_JWT_EXPIRED');
  });

  it('refuses an issuer it does not trust, even with a valid signature of its own', async () => {
    await expect(refusal(issuers.sign(stranger, claims))).resolves.toBe('issuer');
  });

  it("refuses a token signed with another issuer's key", async () => {
    await expect(refusal(issuers.sign(own, claims, { keyOf: stranger }))).resolves.toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
  });

  it('refuses a token for another audience', async () => {
    await expect(refusal(issuers.sign(own, { ...claims, aud: 'usm-ingest' }))).resolves.toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
  });

  it('refuses alg none and shared-secret HS256', async () => {
    await expect(refusal(unsignedToken({ ...claims, iss: own, exp: Math.floor(Date.now() / 1000) + 60 }))).resolves.not.toBe('accepted');
    const hs256 = issuers.sign(own, claims, { alg: 'HS256', key: new TextEncoder().encode('a-shared-secret-of-32-bytes-long!') });
    await expect(refusal(hs256)).resolves.toBe('ERR_JOSE_ALG_NOT_ALLOWED');
  });

  it('refuses a token without subject, and garbage', async () => {
    const { sub: _sub, ...withoutSubject } = claims;
    await expect(refusal(issuers.sign(own, withoutSubject))).resolves.toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
    await expect(refusal('not-a-token')).resolves.toBe('malformed');
  });
});
