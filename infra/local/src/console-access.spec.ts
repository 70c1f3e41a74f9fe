import { personas } from '@usm/security';
import { consoleClient, consoleUserPasswordFile, consoleUsers } from './console-access';

describe('the console\'s place in every city realm', () => {
  it('is a public client for the authorization code flow with PKCE (S256) only', () => {
    expect(consoleClient).toMatchObject({ clientId: 'usm-console', publicClient: true, standardFlowEnabled: true, implicitFlowEnabled: false, directAccessGrantsEnabled: false, serviceAccountsEnabled: false });
    expect(consoleClient.attributes['pkce.code.challenge.method']).toBe('S256');
  });

  it('redirects only to the loopback interface', () => {
    for (const uri of consoleClient.redirectUris) expect(uri).toMatch(/^http:\/\/(127\.0\.0\.1|localhost)\*$/);
  });

  it('puts its own audience in access tokens, which the console backend verifies', () => {
    expect(consoleClient.protocolMappers.map((m) => m.config['included.client.audience'])).toEqual(['usm-console']);
  });

  it('has a hub operator with every permission and a company, whose passwords are generated per city', () => {
    expect(consoleUsers.map((u) => [u.username, u.role])).toEqual([['hub-operator', 'persona:city-admin'], ['company-viewer', 'persona:company']]);
    expect(personas['city-admin'].permissions).toContain('audit:read');
    expect(consoleUserPasswordFile('/s', 'incheon', 'hub-operator')).toBe('/s/secrets/incheon/identity/users/hub-operator.password');
  });
});
