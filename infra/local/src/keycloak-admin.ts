import { keycloakUrlOf } from './keycloak';
import type { KeycloakLayout } from './keycloak';

/** An admin token of the master realm (bootstrap administrator), for realms added while Keycloak runs. */
async function adminToken(layout: KeycloakLayout): Promise<string> {
  const response = await fetch(`${keycloakUrlOf(layout)}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: layout.adminPassword }),
  });
  if (!response.ok) throw new Error(`Keycloak refused the administrator token (${response.status}): is the stack's admin password file the one it started with?`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** One call of the admin REST API under `/admin/realms`, as the bootstrap administrator. */
export async function adminCall(layout: KeycloakLayout, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${keycloakUrlOf(layout)}/admin/realms${path}`, {
    method,
    headers: { authorization: `Bearer ${await adminToken(layout)}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Creates a city's realm through the admin REST API unless it exists. */
export async function ensureRealm(layout: KeycloakLayout, realm: { readonly realm: string }): Promise<'created' | 'exists'> {
  const existing = await adminCall(layout, 'GET', `/${realm.realm}`);
  if (existing.ok) return 'exists';
  const created = await adminCall(layout, 'POST', '', realm);
  if (!created.ok) throw new Error(`Keycloak did not create realm ${realm.realm} (${created.status}): ${(await created.text()).slice(0, 500)}`);
  return 'created';
}

/** What a realm gained from `addMissingToRealm`: the names of the clients, users and roles it lacked. */
export interface RealmCatchUp {
  readonly realm: string;
  readonly added: readonly string[];
}

/**
 * Adds to an existing realm the clients, users and roles of `realm` it lacks (Keycloak's partial import, skipping
 * whatever exists): a stack started before a release that added a persona or a registry client gets them on its
 * next `up`, without a purge, and keeps its existing clients' secrets and users' passwords.
 */
export async function addMissingToRealm(layout: KeycloakLayout, realm: { readonly realm: string; readonly [part: string]: unknown }): Promise<RealmCatchUp> {
  const response = await adminCall(layout, 'POST', `/${realm.realm}/partialImport`, { ...realm, ifResourceExists: 'SKIP' });
  if (!response.ok) throw new Error(`Keycloak did not bring realm ${realm.realm} up to date (${response.status}): ${(await response.text()).slice(0, 500)}`);
  const { results = [] } = (await response.json()) as { results?: { action: string; resourceType: string; resourceName: string }[] };
  return { realm: realm.realm, added: results.filter((r) => r.action === 'ADDED').map((r) => `${r.resourceType.toLowerCase()} ${r.resourceName}`) };
}

/** Deletes a city's realm (purge of one city while others keep Keycloak running). */
export async function deleteRealm(layout: KeycloakLayout, city: string): Promise<void> {
  const response = await adminCall(layout, 'DELETE', `/${city}`);
  if (!response.ok && response.status !== 404) throw new Error(`Keycloak did not delete realm ${city} (${response.status})`);
}
