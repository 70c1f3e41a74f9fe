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

export const consoleClient = {
  clientId: consoleClientId,
  name: 'Urban Safety Mesh console',
  enabled: true,
  publicClient: true,
  standardFlowEnabled: true,
  implicitFlowEnabled: false,
  directAccessGrantsEnabled: false,
  serviceAccountsEnabled: false,
  // Keycloak matches a trailing wildcard as a prefix: any port on the loopback interface, nothing else.
  redirectUris: ['http://127.0.0.1*', 'http://localhost*'],
  webOrigins: ['+'],
  attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': 'http://127.0.0.1*##http://localhost*' },
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

/** Adds the console client and its demo users to a city's realm unless they exist (idempotent, on every `up`). */
export async function ensureConsoleAccess(layout: KeycloakLayout, city: string, state: string): Promise<void> {
  const clients = (await (await ok(await adminCall(layout, 'GET', `/${city}/clients?clientId=${consoleClientId}`), 'a client lookup')).json()) as unknown[];
  if (clients.length === 0) await ok(await adminCall(layout, 'POST', `/${city}/clients`, consoleClient), `client ${consoleClientId}`);
  for (const user of consoleUsers) await ensureUser(layout, city, state, user);
}
