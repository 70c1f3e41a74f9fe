import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKafka } from '@usm/messaging';
import type { CityStack, ServiceProcess } from '@usm/testing';
import { authEnvOf, authHeaderFor, cityStack, consoleCityEntryOf, databaseEnvOf, freePort, kafkaConnectionOf, kafkaEnvOf, radarLocation, registryEnvOf, runSql, shareableRadarEvent, spawnService, uniqueName, waitFor } from '@usm/testing';
import { latLngToCell } from 'h3-js';
import { logLevel } from 'kafkajs';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, screenshot, signInThroughRealm } from './spec-support/browser';
import { demoPasswordOf } from './spec-support/console-config';

const root = join(__dirname, '..', '..', '..');
const webDir = join(root, 'dist', 'apps', 'console', 'web');
const incheon: CityStack = cityStack('incheon');
const barcelona: CityStack = cityStack('barcelona');
const privacyGroup = uniqueName('incheon-privacy-console');
const processes: ServiceProcess[] = [];
let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;
let consoleUrl = '';
let ingestUrl = '';
let datasetsUrl = '';
let sitesUrl = '';
const sitesSchema = uniqueName('console_sites').replace(/-/g, '_');
const datasetsSchema = uniqueName('console_datasets').replace(/-/g, '_');
const datasetsDir = mkdtempSync(join(tmpdir(), 'console-datasets-'));

async function ready(service: ServiceProcess, url: string, what: string): Promise<void> {
  const up = waitFor(async () => (await fetch(`${url}/health/ready`).catch(() => undefined))?.ok === true, { timeoutMs: 150_000, intervalMs: 500, description: what });
  const exited = service.exited.then((code) => Promise.reject(new Error(`${what}: exited with ${String(code)}`)));
  await Promise.race([up, exited]).catch((error: Error) => {
    throw new Error(`${error.message}\n${service.output.join('').slice(-3_000)}`);
  });
}

/** The count the page shows for each H3 cell containing the radar (one per resolution), absent cells as 0. */
async function radarCellCounts(page: Page): Promise<number[]> {
  const cells = Array.from({ length: 16 }, (_, resolution) => latLngToCell(radarLocation.latitude, radarLocation.longitude, resolution));
  return Promise.all(cells.map(async (id) => Number((await (await page.$(`[data-testid="cell-count-${id}"]`))?.textContent()) ?? '0')));
}

beforeAll(async () => {
  // Always the web app of these sources (a few seconds), never a stale build left in dist/.
  const built = spawnSync('npx', ['vite', 'build', '--config', 'apps/console/vite.config.mts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0 || !existsSync(join(webDir, 'index.html'))) throw new Error('the console web app did not build');
  const [ingestPort, privacyPort, datasetsPort, sitesPort, consolePort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  sitesUrl = `http://127.0.0.1:${sitesPort}`;
  datasetsUrl = `http://127.0.0.1:${datasetsPort}`;
  // The datasets service keeps its tables in a schema of the spec's own, dropped afterwards.
  const datasetsRole = new URL(incheon.database.services['datasets']?.url ?? '').username;
  await runSql(incheon.database.url, `CREATE SCHEMA "${datasetsSchema}" AUTHORIZATION "${datasetsRole}"`);
  const sitesRole = new URL(incheon.database.services['sites']?.url ?? '').username;
  await runSql(incheon.database.url, `CREATE SCHEMA "${sitesSchema}" AUTHORIZATION "${sitesRole}"`);
  writeFileSync(join(datasetsDir, 'signing.key'), randomBytes(32));
  ingestUrl = `http://127.0.0.1:${ingestPort}`;
  const privacyUrl = `http://127.0.0.1:${privacyPort}`;
  consoleUrl = `http://127.0.0.1:${consolePort}`;
  const ingest = spawnService('apps/ingest/src/main.ts', {
    MESH_CITY: 'incheon', ...kafkaEnvOf(incheon, 'ingest'), ...registryEnvOf(incheon, 'registry-ingest'), ...databaseEnvOf(incheon, 'ingest'), ...authEnvOf(incheon, 'ingest'),
    INGEST_PORT: String(ingestPort), LOG_LEVEL: 'warn',
  });
  const privacy = spawnService('apps/privacy/src/main.ts', {
    MESH_CITY: 'incheon', ...kafkaEnvOf(incheon, 'privacy'), ...registryEnvOf(incheon, 'registry-privacy'), ...authEnvOf(incheon, 'privacy'),
    PRIVACY_PORT: String(privacyPort), PRIVACY_POLICY_FILE: join(root, 'libs', 'privacy', 'policies', 'default.yaml'), USM_PRIVACY_HMAC_SECRET: randomBytes(32).toString('base64url'),
    // Its own group at the raw topic's end, so it never re-anonymises what earlier specs left there.
    PRIVACY_GROUP_ID: privacyGroup, PRIVACY_TRANSACTIONAL_ID: privacyGroup, PRIVACY_FROM_BEGINNING: 'false', LOG_LEVEL: 'warn',
  });
  const datasets = spawnService('apps/datasets/src/main.ts', {
    MESH_CITY: 'incheon', ...kafkaEnvOf(incheon, 'datasets'), ...registryEnvOf(incheon, 'registry-datasets'), ...databaseEnvOf(incheon, 'datasets'), ...authEnvOf(incheon, 'datasets'),
    DATABASE_SCHEMA: datasetsSchema, DATASETS_PORT: String(datasetsPort), DATASETS_ARTIFACT_DIR: join(datasetsDir, 'artifacts'),
    DATASETS_URL_SIGNING_SECRET_FILE: join(datasetsDir, 'signing.key'), LOG_LEVEL: 'warn',
  });
  const sites = spawnService('apps/sites/src/main.ts', {
    MESH_CITY: 'incheon', ...databaseEnvOf(incheon, 'sites'), ...authEnvOf(incheon, 'sites'), DATABASE_SCHEMA: sitesSchema, SITES_PORT: String(sitesPort), LOG_LEVEL: 'warn',
  });
  processes.push(ingest, privacy, datasets, sites);
  const config = {
    http: { port: consolePort },
    signIn: { issuer: incheon.identity.issuer },
    webDir,
    pollIntervalMs: 1_000,
    // Streams end this often and the web app reconnects with its token: the spec runs across several reconnections.
    streamMaxMs: 10_000,
    logLevel: 'warn',
    cities: [consoleCityEntryOf(incheon, { ingest: ingestUrl, privacyMetrics: privacyUrl, datasets: datasetsUrl, sites: sitesUrl }), consoleCityEntryOf(barcelona, {})],
  };
  const consoleProcess = spawnService('apps/console/src/server/main.ts', { CONSOLE_CONFIG_JSON: JSON.stringify(config) });
  processes.push(consoleProcess);
  await Promise.all([ready(ingest, ingestUrl, 'ingest'), ready(privacy, privacyUrl, 'privacy'), ready(datasets, datasetsUrl, 'datasets'), ready(sites, sitesUrl, 'sites'), ready(consoleProcess, consoleUrl, 'the console')]);
  browser = await openBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  for (const service of processes.reverse()) await service.stop();
  for (const city of [incheon, barcelona]) {
    const admin = createKafka({ ...kafkaConnectionOf(city, 'admin', 'console-spec-cleanup'), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((id) => id === privacyGroup || id.startsWith(`${city.city}-datasets-console-`));
    await admin.deleteGroups(groups).catch(() => undefined);
    await admin.disconnect();
  }
  for (const schema of [datasetsSchema, sitesSchema]) await runSql(incheon.database.url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  rmSync(datasetsDir, { recursive: true, force: true });
}, 120_000);

describe('apps/console: the mesh in a real browser, signed in through the city realm', () => {
  let page: Page;

  it('keeps its API behind a bearer token while its web app loads without one', async () => {
    expect((await fetch(`${consoleUrl}/api/mesh`)).status).toBe(401);
    expect((await fetch(`${consoleUrl}/api/mesh/stream`)).status).toBe(401);
    expect((await fetch(`${consoleUrl}/`)).status).toBe(200);
  });

  it('signs the hub operator in (authorization code with PKCE) and shows both cities live', async () => {
    page = await (browser as NonNullable<typeof browser>).context.newPage();
    await signInThroughRealm(page, consoleUrl, 'hub-operator', demoPasswordOf(incheon, 'hub-operator'));
    await page.waitForSelector('[data-testid="city-incheon"]');
    await page.waitForSelector('[data-testid="city-barcelona"]');
    await page.waitForSelector('[data-testid="stream-state"]:text("live")');
    expect(await page.textContent('[data-testid="signed-in-as"]')).toBe('hub-operator');
    await page.waitForSelector('[data-testid="privacy-incheon"]');
    await screenshot(page, '01-signed-in-both-cities');
  }, 120_000);

  it('shows an event posted to Incheon\'s ingest in its H3 cell on the map', async () => {
    const before = await radarCellCounts(page);
    const auth = await authHeaderFor(incheon, 'integrator');
    // One event, then another each round: privacy's new group starts at the raw topic's end once it has joined.
    await waitFor(
      async () => {
        const posted = await fetch(`${ingestUrl}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify(shareableRadarEvent()) });
        expect(posted.status).toBe(202);
        const after = await radarCellCounts(page);
        return after.some((count, resolution) => count > (before[resolution] ?? 0));
      },
      // The console first replays the whole anonymised topic earlier specs filled; a loaded machine takes a while.
      { timeoutMs: 150_000, intervalMs: 3_000, description: 'the radar\'s cell to count the new event on the map' },
    );
    expect(Number(await page.textContent('[data-testid="events-total-incheon"]'))).toBeGreaterThan(0);
    await screenshot(page, '02-event-reached-the-map');
  }, 180_000);

  it('shows a demonstration site Incheon registers, on its map and in its list', async () => {
    const siteId = uniqueName('school-gate').toLowerCase().slice(0, 40);
    const csv = `siteId,city,district,type,name,lat,lng,power,network,mounting\n${siteId},incheon,Namdong-gu,schoolZone,School gate ${siteId},37.4563,126.7052,yes,lte,pole\n`;
    const imported = await fetch(`${sitesUrl}/v1/sites/import`, { method: 'POST', headers: { 'content-type': 'text/csv', ...(await authHeaderFor(incheon, 'site-manager')) }, body: csv });
    expect([imported.status, imported.status === 201 ? '' : await imported.text()]).toEqual([201, '']);
    await page.waitForSelector(`[data-site="${siteId}"]`, { timeout: 30_000 });
    expect(await page.textContent(`[data-site="${siteId}"]`)).toContain(`School gate ${siteId}`);
    await screenshot(page, '03-site-registered');
  }, 60_000);

  it('shows a release Incheon builds from its anonymised events, then its withdrawal', async () => {
    const steward = await authHeaderFor(incheon, 'data-steward');
    const call = (path: string, body: object) => fetch(`${datasetsUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...steward }, body: JSON.stringify(body) });
    const definitionId = uniqueName('console-radar').toLowerCase().slice(0, 60);
    const defined = await call('/v1/definitions', {
      definitionId, title: 'School-zone radar events', purpose: 'aiValidation', sources: { events: ['safety.events.anonymised.v1'] },
      quasiIdentifiers: ['h3Cell'], sensitiveColumn: 'severity', k: 2, l: 1, maxSuppression: 0.5,
      splits: { train: 0.8, validation: 0.1, test: 0.1, seed: 'console-spec-seed-2026' }, formats: ['avro'],
      usage: { licence: 'https://creativecommons.org/licenses/by-nc/4.0/', terms: 'validation only', accessRights: 'restricted' }, pseudonyms: 'drop',
    });
    expect([defined.status, defined.status === 201 ? '' : await defined.text()]).toEqual([201, '']);
    const { releaseId } = (await (await call('/v1/releases', { definitionId })).json()) as { releaseId: string };
    const row = (status: string) => `[data-release="${releaseId}"][data-status="${status}"]`;
    await page.waitForSelector(row('published'), { timeout: 90_000 });
    await screenshot(page, '04-release-published');
    const withdrawn = await call(`/v1/releases/${releaseId}/withdraw`, { reason: 'qualityIssue' });
    expect(withdrawn.status).toBe(200);
    await page.waitForSelector(row('withdrawn'), { timeout: 30_000 });
    expect(await page.textContent(row('withdrawn'))).toContain('qualityIssue');
    await screenshot(page, '05-release-withdrawn');
  }, 150_000);

  it('does not show a company the privacy counters nor the city\'s releases', async () => {
    // A browser of its own: the realm's session cookie would sign the hub operator in again.
    const company = await openBrowser();
    try {
      const companyPage = await company.context.newPage();
      await signInThroughRealm(companyPage, consoleUrl, 'company-viewer', demoPasswordOf(incheon, 'company-viewer'));
      await companyPage.waitForSelector('[data-testid="city-incheon"]');
      await companyPage.waitForSelector('[data-testid="privacy-hidden"]');
      expect(await companyPage.$('[data-testid="privacy-incheon"]')).toBeNull();
      // Releases a company may download follow its agreements, which only the datasets API applies.
      expect(await companyPage.$('[data-testid="releases-incheon"]')).toBeNull();
      await screenshot(companyPage, '06-company-without-privacy-counters');
    } finally {
      await company.close();
    }
  }, 120_000);
});
