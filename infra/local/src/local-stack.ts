import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { StackDescription } from '@usm/testing';
import { assertCityId } from './city-ports';
import { stopMirrorMaker } from './mirror-maker';
import { startCity, stopCity } from './city-node';
import { privateAdminUrl, startPrivatePostgres, stopPrivatePostgres } from './postgres-private';
import { ensureIdentity, forgetRealm, stopIdentity } from './identity-provider';
import { postgresAdminUrl, postgresAnswers } from './postgres-server';
import { readStackFile, withCity, withoutCity, writeStackFile } from './stack-file';
import type { StackOptions } from './stack-options';
import { privatePostgresDir } from './stack-options';
import { withStackLock } from './stack-lock';

export type Progress = (message: string) => void;

/** The PostgreSQL server to use: MESH_PG_URL or the local default when it answers, else one of the stack's own. */
async function resolvePostgres(options: StackOptions, progress: Progress): Promise<string> {
  const configured = postgresAdminUrl();
  if (await postgresAnswers(configured)) return configured;
  if (process.env['MESH_PG_URL']) throw new Error(`PostgreSQL does not answer at MESH_PG_URL=${configured}`);
  progress(`no PostgreSQL at ${configured}; starting the stack's own on port ${options.privatePostgresPort}`);
  return startPrivatePostgres(privatePostgresDir(options), options.privatePostgresPort, join(options.paths.state, 'secrets', 'postgres', 'admin.password'));
}

/** The admin URL of whichever server the stack uses and that still answers (for `down`), if any. */
async function answeringPostgres(options: StackOptions): Promise<string | undefined> {
  const candidates = [postgresAdminUrl(), privateAdminUrl(privatePostgresDir(options), options.privatePostgresPort)];
  for (const url of candidates) if (await postgresAnswers(url)) return url;
  return undefined;
}

const lockOf = (options: StackOptions): string => join(options.paths.run, 'stack.lock');

/** Brings up the given cities (idempotent) and records them in stack.json. */
export function up(cities: readonly string[], options: StackOptions, progress: Progress, fresh = false): Promise<StackDescription> {
  return withStackLock(lockOf(options), () => upLocked(cities, options, progress, fresh));
}

/** Stops the given cities (all when empty); stops the stack's own PostgreSQL once no city runs. */
export function down(cities: readonly string[], options: StackOptions, progress: Progress, purge = false): Promise<void> {
  return withStackLock(lockOf(options), () => downLocked(cities, options, progress, purge));
}

async function upLocked(cities: readonly string[], options: StackOptions, progress: Progress, fresh: boolean): Promise<StackDescription> {
  cities.forEach(assertCityId);
  const started = Date.now();
  const pg = await resolvePostgres(options, progress);
  if (fresh) await downLocked(cities, options, progress, true);
  // Every city's cluster knows every other city of the stack (partner-<Y>, mm2-<Y>), not only the known ones.
  const allCities = [...new Set([...cities, ...Object.keys(readStackFile(options.paths.stackFile).cities)])];
  // Keycloak starts beside the brokers, so the stack takes about as long to come up as before.
  const realms = allCities;
  const identityReady = ensureIdentity(realms, options);
  const [identity, reports] = await Promise.all([
    identityReady,
    Promise.all(cities.map(async (city) => {
      progress(`${city}: starting Kafka and the schema registry`);
      const report = await startCity(city, options, pg, allCities, identityReady);
      progress(`${city}: Kafka ready in ${report.kafkaReadyMs} ms, registry ready in ${report.registryReadyMs} ms`);
      return report;
    })),
  ]);
  progress(`identity: Keycloak ${identity.started ? 'started' : 'already running'}, realms ${realms.join(', ')} ready in ${identity.readyMs} ms`);
  for (const { realm, added } of identity.caughtUp) progress(`identity: realm ${realm} brought up to date, added ${added.join(', ')}`);
  const stack = reports.reduce((s, r) => withCity(s, r.stack), readStackFile(options.paths.stackFile));
  writeStackFile(options.paths.stackFile, stack);
  progress(`stack up in ${Date.now() - started} ms: ${cities.join(', ')} → ${options.paths.stackFile}`);
  return readStackFile(options.paths.stackFile);
}

async function downLocked(cities: readonly string[], options: StackOptions, progress: Progress, purge: boolean): Promise<void> {
  const current = readStackFile(options.paths.stackFile);
  const targets = cities.length > 0 ? cities : Object.keys(current.cities);
  const pg = await answeringPostgres(options);
  // Replication needs both ends: stopping any city stops the stack's MirrorMaker 2.
  let stack = current.replication.pid === undefined ? current : await stopMirrorMaker(current, options);
  if (stack !== current) progress('mirror-maker: stopped');
  for (const city of targets) {
    (await stopCity(city, options, pg, purge)).forEach(progress);
    stack = withoutCity(stack, city);
    if (purge && Object.keys(stack.cities).length > 0) await forgetRealm(city, options);
  }
  if (Object.keys(stack.cities).length === 0) progress(await stopIdentity(options, purge));
  writeStackFile(options.paths.stackFile, stack);
  if (Object.keys(stack.cities).length === 0 && existsSync(privatePostgresDir(options))) stopPrivatePostgres(privatePostgresDir(options));
}
