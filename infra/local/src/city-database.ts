import type { DatabaseEndpoint } from '@usm/testing';
import { ensurePasswordFile, servicePasswordFile } from './postgres-passwords';
import { databaseServices, dropRoles, ensureDatabaseOwnerRole, ensureServiceRoles, roleNameOf } from './postgres-roles';
import { databaseNameOf, databaseUrl, dropDatabase, ensureDatabase, roleUrl, tcpAddressOf } from './postgres-server';

/** What the city's registry needs to reach its database as its own role. */
export interface RegistryDatabase {
  readonly jdbcUrl: string;
  readonly user: string;
  readonly password: string;
}

/** The registry is a database user like the services, with `registry.password` beside theirs. */
const registryService = 'registry';

/**
 * Creates the city's two databases and a login role per service (plus the registry's, which owns its database),
 * each with a password generated once under `<state>/secrets/<city>/postgres/`. Idempotent.
 */
export async function prepareCityDatabases(city: string, prefix: string, stateDir: string, adminUrl: string): Promise<{ endpoint: DatabaseEndpoint; registry: RegistryDatabase }> {
  const readModels = databaseNameOf(city, 'read-models', prefix);
  const registryDb = databaseNameOf(city, 'registry', prefix);
  await ensureDatabase(adminUrl, readModels);
  await ensureDatabase(adminUrl, registryDb);
  const credentials = [...databaseServices, registryService].map((service) => {
    const passwordFile = servicePasswordFile(stateDir, city, service);
    return { service, role: roleNameOf(prefix, city, service), passwordFile, password: ensurePasswordFile(passwordFile) };
  });
  const services = credentials.filter((c) => c.service !== registryService);
  await ensureServiceRoles(adminUrl, readModels, new Map(services.map((c) => [c.role, c.password])));
  const registry = credentials.find((c) => c.service === registryService);
  if (!registry) throw new Error('unreachable: the registry has no credentials');
  await ensureDatabaseOwnerRole(adminUrl, registryDb, registry.role, registry.password);
  const urls = credentials.map((c) => [c.service, { url: roleUrl(adminUrl, c.role, c.service === registryService ? registryDb : readModels), passwordFile: c.passwordFile }] as const);
  return {
    endpoint: { url: databaseUrl(adminUrl, readModels), services: Object.fromEntries(urls) },
    registry: { jdbcUrl: `jdbc:postgresql://${tcpAddressOf(adminUrl)}/${registryDb}`, user: registry.role, password: registry.password },
  };
}

/** Drops the city's databases, then its roles (they own nothing else). */
export async function purgeCityDatabases(city: string, prefix: string, adminUrl: string): Promise<void> {
  await dropDatabase(adminUrl, databaseNameOf(city, 'read-models', prefix));
  await dropDatabase(adminUrl, databaseNameOf(city, 'registry', prefix));
  await dropRoles(adminUrl, [...databaseServices, registryService].map((service) => roleNameOf(prefix, city, service)));
}
