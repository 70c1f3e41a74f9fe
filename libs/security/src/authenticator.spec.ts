import { authenticatorOf } from './authenticator';
import { permissions } from './permissions';
import { UnauthenticatedError } from './token-verifier';

describe('authenticatorOf', () => {
  it('MESH_INSECURE: every call acts as one local principal of the node city holding every permission', async () => {
    await expect(authenticatorOf({ kind: 'insecure', city: 'incheon' }).authenticate(undefined)).resolves.toEqual({
      subject: 'insecure-local',
      issuer: 'insecure',
      city: 'incheon',
      partner: false,
      roles: [...permissions],
    });
  });

  it('verify: a request without a bearer token is unauthenticated, before any key is fetched', async () => {
    const noKeys = () => () => Promise.reject(new Error('no key fetch expected'));
    const authenticator = authenticatorOf({ kind: 'verify', settings: { city: 'incheon', issuer: 'https://id.example/realms/incheon', audience: 'usm-consent', partnerIssuers: {} } }, noKeys);
    await expect(authenticator.authenticate(undefined)).rejects.toEqual(new UnauthenticatedError('missing'));
    await expect(authenticator.authenticate('Basic dXNlcjpwYXNz')).rejects.toEqual(new UnauthenticatedError('missing'));
  });
});
