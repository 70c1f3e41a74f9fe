import { cityStack } from '@usm/testing';
import { consoleClientId } from './console-access';
import { ensureIdentity, keycloakLayoutOf } from './identity-provider';
import { adminCall } from './keycloak-admin';
import { stackOptions } from './stack-options';

/** Where the city's realm would send a person back after sign-in: the login page when it accepts the redirect, 400 when not. */
async function signInAnswer(issuer: string, redirectUri: string): Promise<'login page' | 'refused' | string> {
  const query = new URLSearchParams({ client_id: consoleClientId, response_type: 'code', scope: 'openid', redirect_uri: redirectUri, code_challenge: 'x'.repeat(43), code_challenge_method: 'S256' });
  const response = await fetch(`${issuer}/protocol/openid-connect/auth?${query.toString()}`, { redirect: 'manual' });
  const page = await response.text();
  if (response.status === 200 && page.includes('kc-form-login')) return 'login page';
  if (response.status === 400 && page.includes('redirect_uri')) return 'refused';
  return `${response.status}`;
}

/** The console's sign-in hands an authorization code only to the console itself: a page on the loopback interface. */
describe("the console's sign-in redirects", () => {
  const options = stackOptions();
  const layout = keycloakLayoutOf(options);
  const { issuer } = cityStack('incheon').identity;

  afterAll(() => ensureIdentity(['incheon'], options), 60_000);

  it.each(['http://127.0.0.1:19070/', 'http://127.0.0.1:45123/console/', 'http://localhost:45123/'])('accepts the console on any loopback port: %s', async (uri) => {
    expect(await signInAnswer(issuer, uri)).toBe('login page');
  });

  it.each(['http://127.0.0.1.evil.example/cb', 'http://localhost.evil.example/', 'http://127.0.0.1:1@evil.example/cb', 'https://evil.example/', 'http://127.0.0.1:19070.evil.example/'])(
    'refuses any other host: %s',
    async (uri) => {
      expect(await signInAnswer(issuer, uri)).toBe('refused');
    },
  );

  it('narrows the loose redirect prefixes of a console client an earlier version created', async () => {
    const [client] = (await (await adminCall(layout, 'GET', `/incheon/clients?clientId=${consoleClientId}`)).json()) as { id: string; attributes: Record<string, string> }[];
    expect(client).toBeDefined();
    const loose = { ...client, redirectUris: ['http://127.0.0.1*', 'http://localhost*'], attributes: { ...client?.attributes, 'post.logout.redirect.uris': 'http://127.0.0.1*##http://localhost*' } };
    expect((await adminCall(layout, 'PUT', `/incheon/clients/${client?.id}`, loose)).status).toBe(204);
    expect(await signInAnswer(issuer, 'http://127.0.0.1.evil.example/cb')).toBe('login page');

    await ensureIdentity(['incheon'], options);

    expect(await signInAnswer(issuer, 'http://127.0.0.1.evil.example/cb')).toBe('refused');
    expect(await signInAnswer(issuer, 'http://127.0.0.1:45123/')).toBe('login page');
  });
});
