import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegistryDatabase } from './city-database';
import type { CityPorts } from './city-ports';
import { answersOk, pollUntil } from './http-probe';
import { javaAtLeast } from './java-runtimes';
import { fetchArtifact, pinnedVersion } from './maven';
import { assertPortFree, assertStillRunning, runningPid, startDetached } from './processes';

/** Base path of Apicurio's Confluent-compatible API. */
export const ccompatPath = '/apis/ccompat/v7';

export interface RegistryLayout {
  readonly city: string;
  readonly ports: CityPorts;
  readonly database: RegistryDatabase;
  /** The city's realm: Apicurio verifies bearer tokens against it and trades basic-auth client credentials at its token URL. */
  readonly identity: { readonly issuer: string; readonly tokenUrl: string };
  readonly logFile: string;
  readonly pidFile: string;
}

/** Fetches the Apicurio Registry distribution (the `all` assembly) from Maven Central and unpacks it once. */
export function installRegistry(cacheDir: string): string {
  const version = pinnedVersion('apicurio.version');
  const home = join(cacheDir, `apicurio-registry-${version}`);
  if (existsSync(join(home, '.unpacked'))) return home;
  const archive = fetchArtifact(`io.apicurio:apicurio-registry-app:${version}:tar.gz:all`, join(cacheDir, 'downloads'), `apicurio-registry-app-${version}-all.tar.gz`);
  mkdirSync(home, { recursive: true });
  execFileSync('tar', ['-xzf', archive, '-C', home]);
  if (!existsSync(join(home, 'quarkus-run.jar'))) throw new Error(`Unexpected Apicurio layout in ${archive}: no quarkus-run.jar at its root`);
  writeFileSync(join(home, '.unpacked'), version);
  return home;
}

/**
 * Apicurio 3 authenticates against the city's realm (Quarkus OIDC) and authorises by the token's realm roles:
 * sr-readonly reads, sr-developer writes, sr-admin administers; nothing is anonymous. HTTP basic auth carries
 * a client id and secret, which Apicurio trades for a token (client credentials), so kafkajs' registry client
 * can authenticate. Health stays on the management port, outside authentication.
 */
export function registryAuthEnvironment(identity: RegistryLayout['identity']): Record<string, string> {
  return {
    QUARKUS_OIDC_TENANT_ENABLED: 'true',
    QUARKUS_OIDC_AUTH_SERVER_URL: identity.issuer,
    QUARKUS_OIDC_TOKEN_PATH: identity.tokenUrl,
    QUARKUS_OIDC_ROLES_ROLE_CLAIM_PATH: 'realm_access/roles',
    // Keycloak may still be importing the realm when the registry boots.
    QUARKUS_OIDC_CONNECTION_DELAY: '60S',
    APICURIO_AUTHN_BASIC_CLIENT_CREDENTIALS_ENABLED: 'true',
    APICURIO_AUTH_ROLE_BASED_AUTHORIZATION: 'true',
    APICURIO_AUTH_ROLE_SOURCE: 'token',
    APICURIO_AUTH_ROLES_READONLY: 'sr-readonly',
    APICURIO_AUTH_ROLES_DEVELOPER: 'sr-developer',
    APICURIO_AUTH_ROLES_ADMIN: 'sr-admin',
    APICURIO_AUTH_ANONYMOUS_READ_ACCESS_ENABLED: 'false',
    APICURIO_AUTH_AUTHENTICATED_READ_ACCESS_ENABLED: 'false',
    APICURIO_AUTH_OWNER_ONLY_AUTHORIZATION: 'false',
  };
}

/** Environment of one registry: SQL storage in the city's PostgreSQL as the registry's own role, loopback only. */
export function registryEnvironment(layout: RegistryLayout): Record<string, string> {
  return {
    ...registryAuthEnvironment(layout.identity),
    APICURIO_STORAGE_KIND: 'sql',
    APICURIO_STORAGE_SQL_KIND: 'postgresql',
    APICURIO_DATASOURCE_URL: layout.database.jdbcUrl,
    APICURIO_DATASOURCE_USERNAME: layout.database.user,
    APICURIO_DATASOURCE_PASSWORD: layout.database.password,
    APICURIO_DATASOURCE_JDBC_INITIAL_SIZE: '2',
    APICURIO_DATASOURCE_JDBC_MIN_SIZE: '2',
    APICURIO_DATASOURCE_JDBC_MAX_SIZE: '10',
    QUARKUS_HTTP_HOST: '127.0.0.1',
    QUARKUS_HTTP_PORT: String(layout.ports.registry),
    QUARKUS_MANAGEMENT_HOST: '127.0.0.1',
    QUARKUS_MANAGEMENT_PORT: String(layout.ports.registryManagement),
    QUARKUS_LOG_CONSOLE_JSON: 'false',
  };
}

export const registryHealthUrl = (ports: CityPorts): string => `http://127.0.0.1:${ports.registryManagement}/health/ready`;

/** Starts the city's registry unless it already runs; resolves once the Confluent-compatible API answers. */
export async function startRegistry(home: string, layout: RegistryLayout, heap: string): Promise<{ pid: number; readyMs: number; url: string }> {
  const url = `http://127.0.0.1:${layout.ports.registry}${ccompatPath}`;
  // The API needs a token; readiness is asked on the management port, which has no authentication.
  const ready = registryHealthUrl(layout.ports);
  const existing = runningPid(layout.pidFile);
  if (existing !== undefined && (await answersOk(ready))) return { pid: existing, readyMs: 0, url };
  await assertPortFree(layout.ports.registry, `the registry of ${layout.city}`, layout.pidFile);
  await assertPortFree(layout.ports.registryManagement, `the registry management port of ${layout.city}`, layout.pidFile);
  const java = javaAtLeast(21);
  const started = startDetached(java, [...heap.split(' '), '-jar', join(home, 'quarkus-run.jar')], {
    cwd: home,
    env: { ...process.env, ...registryEnvironment(layout) },
    logFile: layout.logFile,
    pidFile: layout.pidFile,
  });
  const readyMs = await pollUntil(() => answersOk(ready), `Apicurio Registry of ${layout.city} on ${ready}`, 120_000, layout.logFile);
  assertStillRunning(started.pid, `the registry of ${layout.city}`, layout.logFile);
  return { pid: started.pid, readyMs, url };
}
