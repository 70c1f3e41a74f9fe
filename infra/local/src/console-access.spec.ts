import { personas } from '@usm/security';
import { consoleClient, consoleUserPasswordFile, consoleUsers, redirectsAreCurrent } from './console-access';

describe('the console\'s place in every city realm', () => {
  it('is a public client for the authorization code flow with PKCE (S256) only', () => {
    expect(consoleClient).toMatchObject({ clientId: 'usm-console', publicClient: true, standardFlowEnabled: true, implicitFlowEnabled: false, directAccessGrantsEnabled: false, serviceAccountsEnabled: false });
    expect(consoleClient.attributes['pkce.code.challenge.method']).toBe('S256');
  });

  it('redirects only to the loopback interface: a host without a port (any port, RFC 8252) and a path wildcard', () => {
    expect(consoleClient.redirectUris).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(consoleClient.attributes['post.logout.redirect.uris']).toBe('http://127.0.0.1/*##http://localhost/*');
    // A bare host prefix would let Keycloak redirect to http://127.0.0.1.evil.example/.
    for (const uri of consoleClient.redirectUris) expect(uri).toMatch(/^http:\/\/(127\.0\.0\.1|localhost)\/\*$/);
  });

  it('tells a console client of an earlier version (host prefixes) from a current one', () => {
    const current = { redirectUris: consoleClient.redirectUris, attributes: consoleClient.attributes };
    expect(redirectsAreCurrent(current)).toBe(true);
    expect(redirectsAreCurrent({ redirectUris: ['http://127.0.0.1*', 'http://localhost*'], attributes: { 'post.logout.redirect.uris': 'http://127.0.0.1*##http://localhost*' } })).toBe(false);
    expect(redirectsAreCurrent({ redirectUris: consoleClient.redirectUris, attributes: { 'post.logout.redirect.uris': 'http://127.0.0.1*' } })).toBe(false);
    expect(redirectsAreCurrent({ redirectUris: [...consoleClient.redirectUris, 'https://evil.example/*'], attributes: consoleClient.attributes })).toBe(false);
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
