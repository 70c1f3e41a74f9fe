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

/** Environment of one registry: SQL storage in the city's PostgreSQL as the registry's own role, loopback only. */
export function registryEnvironment(layout: RegistryLayout): Record<string, string> {
  return {
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

/** Starts the city's registry unless it already runs; resolves once the Confluent-compatible API answers. */
export async function startRegistry(home: string, layout: RegistryLayout, heap: string): Promise<{ pid: number; readyMs: number; url: string }> {
  const url = `http://127.0.0.1:${layout.ports.registry}${ccompatPath}`;
  const existing = runningPid(layout.pidFile);
  if (existing !== undefined && (await answersOk(`${url}/subjects`))) return { pid: existing, readyMs: 0, url };
  await assertPortFree(layout.ports.registry, `the registry of ${layout.city}`, layout.pidFile);
  await assertPortFree(layout.ports.registryManagement, `the registry management port of ${layout.city}`, layout.pidFile);
  const java = javaAtLeast(21);
  const started = startDetached(java, [...heap.split(' '), '-jar', join(home, 'quarkus-run.jar')], {
    cwd: home,
    env: { ...process.env, ...registryEnvironment(layout) },
    logFile: layout.logFile,
    pidFile: layout.pidFile,
  });
  const readyMs = await pollUntil(() => answersOk(`${url}/subjects`), `Apicurio Registry of ${layout.city} on ${url}`, 120_000, layout.logFile);
  assertStillRunning(started.pid, `the registry of ${layout.city}`, layout.logFile);
  return { pid: started.pid, readyMs, url };
}
