import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IdentityEndpoint } from '@usm/testing';
import { ensureConsoleAccess } from './console-access';
import { clientSecretFile, ensureSecretFile, keycloakAdminPasswordFile } from './identity-secrets';
import { addMissingToRealm, deleteRealm, ensureRealm } from './keycloak-admin';
import type { RealmCatchUp } from './keycloak-admin';
import type { KeycloakLayout } from './keycloak';
import { awaitStartingKeycloak, importDirOf, installKeycloak, keycloakRunning, keycloakUrlOf, startKeycloak, stopKeycloak } from './keycloak';
import { identityClients, realmOf } from './keycloak-realm';
import { registryRealmPart } from './registry-clients';
import type { StackOptions } from './stack-options';

/** The stack's one Keycloak: port base + 80, management + 79, its own copy under the state dir. */
export function keycloakLayoutOf(options: StackOptions): KeycloakLayout {
  const { paths } = options;
  return {
    home: join(paths.state, 'keycloak'),
    port: options.portBase + 80,
    managementPort: options.portBase + 79,
    adminPassword: ensureSecretFile(keycloakAdminPasswordFile(paths.state)),
    logFile: join(paths.logs, 'keycloak.log'),
    pidFile: join(paths.run, 'keycloak.pid'),
  };
}

/** What stack.json says about a city's identity: its issuer and its clients' secret files. */
export function identityEndpointOf(city: string, options: StackOptions): IdentityEndpoint {
  const issuer = `${keycloakUrlOf(keycloakLayoutOf(options))}/realms/${city}`;
  return {
    issuer,
    tokenUrl: `${issuer}/protocol/openid-connect/token`,
    jwksUrl: `${issuer}/protocol/openid-connect/certs`,
    clients: Object.fromEntries(identityClients.map((client) => [client, { clientId: client, secretFile: clientSecretFile(options.paths.state, city, client) }])),
  };
}

function realmWithSecrets(city: string, options: StackOptions) {
  const secretOf = (client: string): string => ensureSecretFile(clientSecretFile(options.paths.state, city, client));
  const realm = realmOf(city, Object.fromEntries(identityClients.map((client) => [client, secretOf(client)])));
  // The registry's roles and clients (docs/adr/0014-registry-authentication.md) join the persona ones.
  const registry = registryRealmPart(city, secretOf);
  return { ...realm, roles: { realm: [...realm.roles.realm, ...registry.roles] }, clients: [...realm.clients, ...registry.clients], users: [...realm.users, ...registry.users] };
}

/**
 * Makes sure Keycloak runs with a realm for each of `cities`: a stopped Keycloak starts and imports their
 * realm files; a running one gets the missing realms through its admin REST API. A realm that already existed
 * (Keycloak's import leaves those alone) gets the clients, users and roles it lacks. Returns how long it took
 * and what each existing realm gained.
 */
export async function ensureIdentity(cities: readonly string[], options: StackOptions): Promise<{ readyMs: number; started: boolean; caughtUp: readonly RealmCatchUp[] }> {
  const layout = keycloakLayoutOf(options);
  const realms = cities.map((city) => realmWithSecrets(city, options));
  const started = Date.now();
  const running = (await keycloakRunning(layout)) || (await awaitStartingKeycloak(layout));
  if (!running) {
    installKeycloak(options.paths.cache, layout.home);
    rmSync(importDirOf(layout.home), { recursive: true, force: true });
    mkdirSync(importDirOf(layout.home), { recursive: true });
    for (const realm of realms) writeFileSync(join(importDirOf(layout.home), `${realm.realm}-realm.json`), JSON.stringify(realm, null, 2), { mode: 0o600 });
    await startKeycloak(layout, options.keycloakHeap);
  }
  const caughtUp: RealmCatchUp[] = [];
  for (const realm of realms) {
    // A realm just imported or created is complete; one Keycloak kept from an earlier `up` may lack newer parts.
    if ((await ensureRealm(layout, realm)) === 'exists') caughtUp.push(await addMissingToRealm(layout, realm));
  }
  for (const city of cities) await ensureConsoleAccess(layout, city, options.paths.state);
  return { readyMs: Date.now() - started, started: !running, caughtUp: caughtUp.filter((c) => c.added.length > 0) };
}

/** Removes a purged city's realm while Keycloak keeps serving the others. */
export async function forgetRealm(city: string, options: StackOptions): Promise<void> {
  const layout = keycloakLayoutOf(options);
  rmSync(join(importDirOf(layout.home), `${city}-realm.json`), { force: true });
  if (await keycloakRunning(layout)) await deleteRealm(layout, city);
}

export const stopIdentity = (options: StackOptions, purge: boolean): Promise<string> => stopKeycloak(keycloakLayoutOf(options), purge);
