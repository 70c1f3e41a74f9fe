import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { down, up } from '../../infra/local/src/local-stack';
import { readStackFile } from '../../infra/local/src/stack-file';
import { stackOptions } from '../../infra/local/src/stack-options';
import { applyTopics, provisioningRegistryOf, registerSchemas, resolveEndpoints } from '../contracts-cli/src';
import { ensureChromium } from './browser';
import { workspacesMissingFromLock } from './lock-file-check';
import { printSummary, resetSummary } from './test-summary';

/**
 * `npm test`: typecheck, lint, unit tests, then the integration tests against a real local stack that this
 * command starts (two cities) and stops again, unless one was already running, which it leaves as it was.
 */
const cities = (process.env['MESH_TEST_CITIES'] ?? 'incheon,barcelona').split(',');
const log = (message: string): void => console.log(`[test] ${message}`);

function step(name: string, command: string, args: readonly string[]): boolean {
  const started = Date.now();
  log(`${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, [...args], { stdio: 'inherit', env: { ...process.env, NX_TUI: 'false', FORCE_COLOR: '0' } });
  const ok = result.status === 0;
  log(`${name}: ${ok ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

async function main(): Promise<number> {
  resetSummary();
  const missing = workspacesMissingFromLock(join(__dirname, '..', '..'));
  if (missing.length > 0) {
    log(`package-lock.json lacks the workspaces ${missing.join(', ')}: run "npm install" and commit the lock file (npm ci refuses it).`);
    return 1;
  }
  const nx = ['nx', 'run-many', '--outputStyle=stream', '--skipNxCache'];
  if (!step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'])) return 1;
  // The console's web app has its own compiler settings (DOM, JSX), outside the root typecheck.
  if (!step('typecheck web', 'npx', ['tsc', '-p', 'apps/console/src/web/tsconfig.json', '--noEmit'])) return 1;
  // The module-boundary rule reads Nx's cached project graph; without one it silently skips itself.
  if (!step('project graph', 'npx', ['nx', 'show', 'projects'])) return 1;
  // One ESLint run over the whole tree also covers tools/ and bench/, which are not all Nx projects.
  if (!step('lint', 'npx', ['eslint', '.', '--cache', '--cache-location', 'tmp/eslintcache', '--max-warnings=0'])) return 1;
  if (!step('unit tests', 'npx', [...nx, '-t', 'test', '--parallel=2'])) return printSummary(1);
  // The console's browser tests drive Debian's Chromium; install it before the stack, not mid-run.
  if (!ensureChromium(log)) {
    log('Chromium could not be installed (apt-get install chromium): the browser tests cannot run');
    return printSummary(1);
  }
  const options = stackOptions();
  const wasRunning = cities.every((city) => readStackFile(options.paths.stackFile).cities[city] !== undefined);
  const stack = await up(cities, options, log, !wasRunning);
  try {
    // Provision each city as a node is provisioned: the catalog's topics and the registered contracts.
    for (const city of Object.values(stack.cities)) {
      const changes = await applyTopics(resolveEndpoints({ city: city.city }), {}, () => undefined);
      const schemas = await registerSchemas(provisioningRegistryOf(city), {}, () => undefined);
      log(`${city.city}: ${changes.length} topics applied, ${schemas.length} schemas registered`);
    }
    return printSummary(step('integration tests', 'npx', [...nx, '-t', 'int-test', '--parallel=1']) ? 0 : 1);
  } finally {
    if (!wasRunning) await down(cities, options, log, true);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[test] ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
