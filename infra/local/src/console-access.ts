import { join } from 'node:path';
import { companyRole, personaRoleOf } from '@usm/security';
import { ensureSecretFile } from './identity-secrets';
import { adminCall } from './keycloak-admin';
import type { KeycloakLayout } from './keycloak';

/** The console's public client: authorization code with PKCE (S256), loopback redirects only, no secret. */
export const consoleClientId = 'usm-console';

/** Demo people who sign in to the console with a password: the hub operator (every view) and a company (no privacy counters). */
export const consoleUsers = [
  { username: 'hub-operator', role: personaRoleOf('city-admin'), firstName: 'Hub', lastName: 'Operator' },
  { username: 'company-viewer', role: companyRole, firstName: 'Company', lastName: 'Viewer' },
] as const;

/** Where a demo user's generated password lives: `<state>/secrets/<city>/identity/users/<user>.password`. */
export const consoleUserPasswordFile = (state: string, city: string, username: string): string => join(state, 'secrets', city, 'identity', 'users', `${username}.password`);

/** Where the console may send people back to: its pages on the loopback interface, on whatever port it listens. */
export const consoleRedirectUris = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

export const consoleClient = {
  clientId: consoleClientId,
  name: 'Urban Safety Mesh console',
  enabled: true,
  publicClient: true,
  standardFlowEnabled: true,
  implicitFlowEnabled: false,
  directAccessGrantsEnabled: false,
  serviceAccountsEnabled: false,
  // A loopback URI without a port matches any port (RFC 8252, 7.3), and the trailing wildcard any path. A bare prefix
  // (`http://127.0.0.1*`) would also match `http://127.0.0.1.evil.example/`, and hand the code to that host.
  redirectUris: [...consoleRedirectUris],
  webOrigins: ['+'],
  attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': consoleRedirectUris.join('##') },
  protocolMappers: [
    {
      name: `audience ${consoleClientId}`,
      protocol: 'openid-connect',
      protocolMapper: 'oidc-audience-mapper',
      config: { 'included.client.audience': consoleClientId, 'access.token.claim': 'true', 'id.token.claim': 'false', 'introspection.token.claim': 'true' },
    },
  ],
};

async function ok(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`Keycloak refused ${what} (${response.status}): ${(await response.text()).slice(0, 300)}`);
  return response;
}

async function ensureUser(layout: KeycloakLayout, city: string, state: string, user: (typeof consoleUsers)[number]): Promise<void> {
  const found = (await (await ok(await adminCall(layout, 'GET', `/${city}/users?exact=true&username=${user.username}`), 'a user lookup')).json()) as { id: string }[];
  if (found.length > 0) return;
  const password = ensureSecretFile(consoleUserPasswordFile(state, city, user.username));
  const representation = {
    username: user.username, enabled: true, emailVerified: true, firstName: user.firstName, lastName: user.lastName,
    email: `${user.username}@${city}.mesh.invalid`, credentials: [{ type: 'password', value: password, temporary: false }],
  };
  await ok(await adminCall(layout, 'POST', `/${city}/users`, representation), `user ${user.username}`);
  const [created] = (await (await adminCall(layout, 'GET', `/${city}/users?exact=true&username=${user.username}`)).json()) as { id: string }[];
  const role = await (await ok(await adminCall(layout, 'GET', `/${city}/roles/${encodeURIComponent(user.role)}`), `role ${user.role}`)).json();
  await ok(await adminCall(layout, 'POST', `/${city}/users/${created?.id ?? ''}/role-mappings/realm`, [role]), `the role of ${user.username}`);
}

/**
 * Adds the console client and its demo users to a city's realm unless they exist (idempotent, on every `up`), and
 * narrows the redirect URIs of a console client an earlier version created with the loose prefixes.
 */
export async function ensureConsoleAccess(layout: KeycloakLayout, city: string, state: string): Promise<void> {
  const clients = (await (await ok(await adminCall(layout, 'GET', `/${city}/clients?clientId=${consoleClientId}`), 'a client lookup')).json()) as ConsoleClientRepresentation[];
  const [existing] = clients;
  if (existing === undefined) await ok(await adminCall(layout, 'POST', `/${city}/clients`, consoleClient), `client ${consoleClientId}`);
  else if (!redirectsAreCurrent(existing)) {
    const narrowed = { ...existing, redirectUris: consoleClient.redirectUris, attributes: { ...existing.attributes, 'post.logout.redirect.uris': consoleClient.attributes['post.logout.redirect.uris'] } };
    await ok(await adminCall(layout, 'PUT', `/${city}/clients/${existing.id}`, narrowed), `the redirect URIs of ${consoleClientId}`);
  }
  for (const user of consoleUsers) await ensureUser(layout, city, state, user);
}

interface ConsoleClientRepresentation {
  readonly id: string;
  readonly redirectUris?: readonly string[];
  readonly attributes?: Readonly<Record<string, string>>;
}

/** Whether a console client's redirect URIs are exactly this version's. */
export function redirectsAreCurrent(client: Pick<ConsoleClientRepresentation, 'redirectUris' | 'attributes'>): boolean {
  const same = (uris: readonly string[]) => uris.length === consoleRedirectUris.length && consoleRedirectUris.every((uri) => uris.includes(uri));
  return same(client.redirectUris ?? []) && same((client.attributes?.['post.logout.redirect.uris'] ?? '').split('##').filter(Boolean));
}
