import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { StackOptions } from '../../infra/local/src/stack-options';
import type { CityStack } from '@usm/testing';
import { consoleCityEntryOf } from '@usm/testing';
import type { CityNodeHandle } from './city-nodes';
import type { RunningService } from './service-process';
import { answersReady, startService } from './service-process';

const workspaceRoot = join(__dirname, '..', '..');
const webDir = join(workspaceRoot, 'dist', 'apps', 'console', 'web');

/** Where the mesh's console answers, and whether this run started it. */
export interface ConsoleHandle {
  readonly url: string;
  readonly signInCity: string;
  readonly user: string;
  readonly passwordFile: string;
  readonly started?: RunningService;
}

/** The console's port: outside every city's block of a hundred, beside the identity provider's. */
export const consolePortOf = (portBase: number): number => portBase + 70;

/** Builds the web app once (Vite), or again when a source of it is newer than the bundle. */
function ensureWebBuilt(say: (line: string) => void): void {
  const index = join(webDir, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs > newestSource(join(workspaceRoot, 'apps', 'console', 'src', 'web'))) return;
  say('console: building the web app (Vite)…');
  const built = spawnSync(process.execPath, [join(workspaceRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'apps/console/vite.config.mts', '--logLevel', 'warn'], { cwd: workspaceRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the console web app did not build: see the Vite output above');
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The console over every city node of the mesh, signed in through the first city's realm: reused when one answers on
 * its port, else built and started (stopped with this run).
 */
export async function ensureConsole(cities: readonly CityStack[], nodes: readonly CityNodeHandle[], options: StackOptions, say: (line: string) => void): Promise<ConsoleHandle> {
  const first = cities[0];
  if (!first) throw new Error('no city to sign in with');
  const port = consolePortOf(options.portBase);
  const url = `http://127.0.0.1:${port}`;
  const anySecret = Object.values(first.identity.clients)[0]?.secretFile ?? '';
  // `stack up` generates the demo people's passwords beside the realm's client secrets.
  const handle = { url, signInCity: first.city, user: 'hub-operator', passwordFile: join(dirname(anySecret), 'users', 'hub-operator.password') };
  if (await answersReady(`${url}/health/ready`, 5_000)) {
    say(`console already running at ${url}; reusing it`);
    return handle;
  }
  ensureWebBuilt(say);
  const config = {
    http: { port },
    signIn: { issuer: first.identity.issuer },
    webDir,
    pollIntervalMs: 5_000,
    logLevel: 'info',
    cities: cities.map((city) => {
      const urls = nodes.find((n) => n.urls.city === city.city)?.urls;
      const services: Record<string, string> = urls ? { ingest: urls.ingest, privacyMetrics: urls.privacy, datasets: urls.datasets, federation: urls.federation, sites: urls.sites, validation: urls.validation } : {};
      return consoleCityEntryOf(city, services);
    }),
  };
  const dir = join(options.paths.state, 'console');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const configFile = join(dir, 'console.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2), { mode: 0o600 });
  const logFile = join(options.paths.logs, 'console.log');
  say(`console: starting (config ${configFile}, log ${logFile})`);
  const started = await startService('console', 'apps/console/src/server/main.ts', [], { CONSOLE_CONFIG_FILE: configFile }, `${url}/health/ready`, logFile, (s) => say(`console starting… ${s} s`), 300_000);
  return { ...handle, started };
}
