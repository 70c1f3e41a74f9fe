import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answersOk, pollUntil } from './http-probe';
import { javaAtLeast } from './java-runtimes';
import { fetchArtifact } from './maven';
import { assertPortFree, assertStillRunning, runningPid, startDetached, stopByPidFile } from './processes';

export const keycloakVersion = '26.5.6';

/** Where one stack's Keycloak lives: its own unpacked copy, because Keycloak keeps its data and build under its home. */
export interface KeycloakLayout {
  readonly home: string;
  readonly port: number;
  readonly managementPort: number;
  readonly adminPassword: string;
  readonly logFile: string;
  readonly pidFile: string;
}

export const keycloakUrlOf = (layout: Pick<KeycloakLayout, 'port'>): string => `http://127.0.0.1:${layout.port}`;

/** Fetches Keycloak's Quarkus distribution from Maven Central (cached) and unpacks it once into `home`. */
export function installKeycloak(cacheDir: string, home: string): void {
  if (existsSync(join(home, '.unpacked'))) return;
  const archive = fetchArtifact(`org.keycloak:keycloak-quarkus-dist:${keycloakVersion}:zip`, join(cacheDir, 'downloads'), `keycloak-quarkus-dist-${keycloakVersion}.zip`);
  const parent = join(home, '..');
  rmSync(home, { recursive: true, force: true });
  mkdirSync(parent, { recursive: true });
  execFileSync('unzip', ['-q', '-o', archive, '-d', parent]);
  const unpacked = join(parent, `keycloak-${keycloakVersion}`);
  if (unpacked !== home) execFileSync('mv', [unpacked, home]);
  if (!existsSync(join(home, 'bin', 'kc.sh'))) throw new Error(`Unexpected Keycloak layout in ${archive}: no bin/kc.sh`);
  writeFileSync(join(home, '.unpacked'), keycloakVersion);
}

/** Realms written here are imported by `--import-realm` at start; existing realms are left as they are. */
export const importDirOf = (home: string): string => join(home, 'data', 'import');

const readyUrl = (layout: KeycloakLayout): string => `http://127.0.0.1:${layout.managementPort}/health/ready`;

/** True when this stack's Keycloak runs and answers ready. */
export async function keycloakRunning(layout: KeycloakLayout): Promise<boolean> {
  return runningPid(layout.pidFile) !== undefined && (await answersOk(readyUrl(layout)));
}

/**
 * Waits for a Keycloak an earlier `up` started and gave up on (a loaded machine can take minutes to build and
 * import): starting a second one would only fight the first for its ports. False when none is starting.
 */
export async function awaitStartingKeycloak(layout: KeycloakLayout, timeoutMs = keycloakReadyTimeoutMs): Promise<boolean> {
  const pid = runningPid(layout.pidFile);
  if (pid === undefined) return false;
  await pollUntil(() => answersOk(readyUrl(layout)), `Keycloak on ${keycloakUrlOf(layout)} (already starting, pid ${pid})`, timeoutMs, layout.logFile);
  return true;
}

const keycloakReadyTimeoutMs = Number(process.env['MESH_KEYCLOAK_READY_MS'] ?? 240_000);

/**
 * Starts Keycloak in development mode (file storage, plain HTTP on loopback) with a fixed hostname so the
 * issuer of every realm is `http://127.0.0.1:<port>/realms/<city>` whoever asks.
 */
export async function startKeycloak(layout: KeycloakLayout, heap: string): Promise<{ pid: number; readyMs: number }> {
  await assertPortFree(layout.port, 'Keycloak', layout.pidFile);
  await assertPortFree(layout.managementPort, 'the Keycloak management port', layout.pidFile);
  const java = javaAtLeast(21);
  const args = [
    'start-dev',
    '--import-realm',
    `--http-host=127.0.0.1`,
    `--http-port=${layout.port}`,
    `--http-management-port=${layout.managementPort}`,
    `--hostname=${keycloakUrlOf(layout)}`,
    '--health-enabled=true',
    '--log-console-color=false',
  ];
  const started = startDetached(join(layout.home, 'bin', 'kc.sh'), args, {
    cwd: layout.home,
    env: {
      ...process.env,
      JAVA_HOME: join(java, '..', '..'),
      JAVA_OPTS_KC_HEAP: heap,
      KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
      KC_BOOTSTRAP_ADMIN_PASSWORD: layout.adminPassword,
    },
    logFile: layout.logFile,
    pidFile: layout.pidFile,
  });
  // On timeout the process keeps its pid file: the next `up` waits for it (awaitStartingKeycloak) instead of starting another.
  const readyMs = await pollUntil(() => answersOk(readyUrl(layout)), `Keycloak on ${keycloakUrlOf(layout)}`, keycloakReadyTimeoutMs, layout.logFile);
  assertStillRunning(started.pid, 'Keycloak', layout.logFile);
  return { pid: started.pid, readyMs };
}

/** Stops this stack's Keycloak; `purge` deletes its data (realms, users) but keeps the unpacked distribution. */
export async function stopKeycloak(layout: KeycloakLayout, purge: boolean): Promise<string> {
  const outcome = await stopByPidFile(layout.pidFile);
  if (purge) rmSync(join(layout.home, 'data'), { recursive: true, force: true });
  return `keycloak: ${outcome}${purge ? ', data purged' : ''}`;
}
