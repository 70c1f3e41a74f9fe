import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DEMONSTRATION_SITES_FIXTURE } from '@usm/sites';
import type { ServiceProcess } from '@usm/testing';
import { authEnvOf, cityStack, databaseEnvOf, freePort, runSql, spawnService, uniqueName, waitFor } from '@usm/testing';
import { contentionPlan } from './testing/contention-plan';
import { sitesApi } from './testing/sites-api';
import type { SitesCall } from './testing/sites-api';

interface FixtureFeature {
  readonly properties: { readonly siteId: string; readonly city: string; readonly district: string; readonly type: string };
}
interface Reservation {
  readonly reservationId: string;
  readonly siteId: string;
  readonly applicationId: string;
  readonly period: { start: number; end: number };
}

const fixtureText = readFileSync(join(__dirname, '..', '..', '..', DEMONSTRATION_SITES_FIXTURE), 'utf8');
const gwangju = (JSON.parse(fixtureText) as { features: FixtureFeature[] }).features.map((f) => f.properties).filter((p) => p.city === 'gwangju');
const day = 86_400_000;

// The test-runner's stack has Incheon and Barcelona: the service runs as Incheon's node, the sites are Gwangju's.
describe('sites service process (Gwangju sites on the incheon stack)', () => {
  const stack = cityStack('incheon');
  const schema = uniqueName('sites_app').replace(/-/g, '_');
  const admin = new Client({ connectionString: stack.database.url });
  let app: ServiceProcess;
  let call: SitesCall;
  let base = '';

  beforeAll(async () => {
    const database = databaseEnvOf(stack, 'sites');
    await runSql(stack.database.url, `CREATE SCHEMA ${schema} AUTHORIZATION "${new URL(database['DATABASE_URL'] ?? '').username}"`);
    await admin.connect();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    call = sitesApi(base, stack);
    app = spawnService('apps/sites/src/main.ts', { MESH_CITY: 'incheon', ...database, DATABASE_SCHEMA: schema, SITES_PORT: String(port), LOG_LEVEL: 'warn', ...authEnvOf(stack, 'sites') });
    await waitFor(async () => (await fetch(`${base}/health/ready`)).ok, { timeoutMs: 120_000, description: `the sites service on ${base}` }).catch((error: Error) => {
      throw new Error(`${error.message}\n${app.output.join('')}`);
    });
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    await admin.end();
    await runSql(stack.database.url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  it('is ready on its database alone, and refuses calls without a token (401) or without the permission (403)', async () => {
    expect((await call(null, 'GET', '/health/ready')).body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    expect((await call(null, 'GET', '/v1/sites')).status).toBe(401);
    expect((await call('data-steward', 'GET', '/v1/sites')).status).toBe(401); // its token is not for usm-sites
    expect((await call('poom-gpu-platform', 'POST', '/v1/sites/import', { type: 'FeatureCollection', features: [] })).status).toBe(403);
    expect((await call('site-manager', 'POST', '/v1/applications', {})).status).toBe(403);
    expect((await call('poom-gpu-platform', 'POST', '/v1/applications/app-x/approve')).status).toBe(403);
  });

  it('imports the 3,375 Gwangju sites of the fixture, and refuses a bad CSV whole, naming the line and rule', async () => {
    const started = performance.now();
    const imported = await call('site-manager', 'POST', '/v1/sites/import?city=gwangju', fixtureText, { 'content-type': 'application/geo+json' });
    const ms = performance.now() - started;
    console.log(`[sites] imported ${gwangju.length} Gwangju sites in ${Math.round(ms)} ms (${Math.round((gwangju.length / ms) * 1000)} sites/s)`);
    expect(imported).toMatchObject({ status: 201, body: { registered: 3_375, unchanged: 0, skipped: 320, refused: [] } });
    const again = await call('site-manager', 'POST', '/v1/sites/import?city=gwangju', fixtureText, { 'content-type': 'application/geo+json' });
    expect(again.body).toMatchObject({ registered: 0, unchanged: 3_375 });
    const csv = 'siteId,city,district,type,name,lat,lng,power,network,mounting\nbad-1,gwangju,Buk-gu,volcano,Bad,35.2,126.9,yes,lte,pole\n';
    const refused = await call('site-manager', 'POST', '/v1/sites/import', csv, { 'content-type': 'text/csv' });
    expect(refused.status).toBe(400);
    expect(refused.body['violations']).toEqual([expect.objectContaining({ field: 'type', rule: 'type.enum', message: expect.stringContaining('line 2') })]);
    expect(Number((await admin.query(`SELECT count(*) FROM ${schema}.site_registry`)).rows[0].count)).toBe(3_375);
  }, 600_000);

  it('answers queries by district and type as counted from the fixture file, as JSON and as GeoJSON', async () => {
    const count = (district?: string, type?: string) => gwangju.filter((s) => (district === undefined || s.district === district) && (type === undefined || s.type === type)).length;
    for (const district of ['Buk-gu', 'Gwangsan-gu', 'Seo-gu', 'Nam-gu', 'Dong-gu']) {
      const { body } = await call<{ siteId: string; district: string }[]>('poom-gpu-platform', 'GET', `/v1/sites?city=gwangju&district=${district}`);
      expect(body.length).toBe(count(district));
      expect(body.every((s) => s.district === district)).toBe(true);
    }
    const schools = await call<unknown[]>('vision-lab', 'GET', '/v1/sites?district=Nam-gu&type=schoolZone');
    expect(schools.body.length).toBe(count('Nam-gu', 'schoolZone'));
    const geo = await call<{ type: string; features: { geometry: { type: string } }[] }>('vision-lab', 'GET', '/v1/sites?type=crossing', undefined, { accept: 'application/geo+json' });
    expect(geo.type).toMatch(/^application\/geo\+json/);
    expect(geo.body.type).toBe('FeatureCollection');
    expect(geo.body.features.length).toBe(count(undefined, 'crossing'));
    expect((await call<{ features: unknown[] }>('vision-lab', 'GET', '/v1/sites?type=crossing&format=geojson')).body.features.length).toBe(count(undefined, 'crossing'));
    expect((await call('vision-lab', 'GET', '/v1/sites?freeFrom=2030-01-02')).status).toBe(400);
  }, 120_000);

  it('takes an application through its lifecycle with links, keeps it from other companies, and frees sites on withdrawal', async () => {
    const siteId = gwangju.find((s) => s.district === 'Dong-gu')?.siteId as string;
    const now = Date.now();
    const terms = { solution: { solutionId: 'crosswalk-guard', version: '2.1.0' }, siteIds: [siteId], period: { start: now - day, end: now + 30 * day }, dataNeeds: { categories: ['traffic'], description: 'school-gate events' } };
    const submitted = await call<{ applicationId: string; companyId: string; status: string }>('poom-gpu-platform', 'POST', '/v1/applications', terms);
    expect(submitted.body).toMatchObject({ companyId: 'poom-gpu-platform', status: 'applied' });
    const id = submitted.body.applicationId;
    expect((await call('vision-lab', 'GET', `/v1/applications/${id}`)).status).toBe(403);
    expect((await call('vision-lab', 'POST', `/v1/applications/${id}/withdraw`, { reason: 'not mine' })).status).toBe(403);
    expect((await call<unknown[]>('vision-lab', 'GET', '/v1/applications')).body.some((a) => (a as { applicationId: string }).applicationId === id)).toBe(false);
    for (const step of ['screen', 'approve', 'schedule', 'start']) expect((await call('site-manager', 'POST', `/v1/applications/${id}/${step}`, {})).status).toBe(201);
    await call('site-manager', 'POST', `/v1/applications/${id}/complete`, { releaseIds: ['rel-gwangju-2030-01'], resultIds: ['result-7'] });
    const read = await call('poom-gpu-platform', 'GET', `/v1/applications/${id}`);
    expect(read.body).toMatchObject({
      status: 'completed',
      links: { sites: [{ siteId, href: `/v1/sites/${siteId}`, reservationId: `${id}@${siteId}` }], solution: { solutionId: 'crosswalk-guard', version: '2.1.0' }, releases: [{ releaseId: 'rel-gwangju-2030-01' }], results: [{ resultId: 'result-7' }] },
    });
    expect((await call('site-manager', 'POST', `/v1/applications/${id}/approve`, {})).status).toBe(422);

    const second = (await call<{ applicationId: string }>('vision-lab', 'POST', '/v1/applications', { ...terms, period: { start: now + 40 * day, end: now + 50 * day } })).body.applicationId;
    for (const step of ['screen', 'approve', 'schedule']) await call('site-manager', 'POST', `/v1/applications/${second}/${step}`, {});
    expect((await call<{ reservations: unknown[] }>('vision-lab', 'GET', `/v1/sites/${siteId}`)).body.reservations).toHaveLength(2);
    expect((await call('vision-lab', 'POST', `/v1/applications/${second}/withdraw`, { reason: 'solution not ready' })).body).toMatchObject({ status: 'withdrawn' });
    expect((await call<{ reservations: Reservation[] }>('vision-lab', 'GET', `/v1/sites/${siteId}`)).body.reservations.map((r) => r.applicationId)).toEqual([id]);
    const rejected = (await call<{ applicationId: string }>('vision-lab', 'POST', '/v1/applications', terms)).body.applicationId;
    await call('site-manager', 'POST', `/v1/applications/${rejected}/screen`, {});
    expect((await call('site-manager', 'POST', `/v1/applications/${rejected}/reject`, { reasons: ['no model card'] })).body).toMatchObject({ status: 'rejected', reasons: ['no model card'] });
  }, 300_000);

  it('schedules 200 concurrent applications for overlapping slots without double booking; every refusal is a 409 naming an accepted reservation', async () => {
    const contended = gwangju.filter((s) => s.district === 'Seo-gu').slice(0, 5).map((s) => s.siteId);
    const plan = contentionPlan(200, contended, ['poom-gpu-platform', 'vision-lab']);
    const submitted = await Promise.all(
      plan.map((p) => call<{ applicationId: string }>(p.company, 'POST', '/v1/applications', { solution: { solutionId: 'hazard-cam', version: '1.0.0' }, siteIds: p.siteIds, period: p.period, dataNeeds: { categories: [], description: 'crossing events' } })),
    );
    expect(submitted.map((a) => a.status)).toEqual(plan.map(() => 201));
    const outcomes = await Promise.all(
      submitted.map(async ({ body: { applicationId } }) => {
        await call('site-manager', 'POST', `/v1/applications/${applicationId}/screen`, {});
        await call('site-manager', 'POST', `/v1/applications/${applicationId}/approve`, {});
        return { applicationId, answer: await call('site-manager', 'POST', `/v1/applications/${applicationId}/schedule`, {}) };
      }),
    );
    const accepted = outcomes.filter((o) => o.answer.status === 201);
    const refused = outcomes.filter((o) => o.answer.status === 409);
    console.log(`[sites] 200 concurrent applications on ${contended.length} sites: ${accepted.length} scheduled, ${refused.length} refused with 409`);
    expect(accepted.length + refused.length).toBe(200);
    expect(accepted.length).toBeGreaterThanOrEqual(contended.length);
    expect(refused.length).toBeGreaterThan(0);

    const overlapping = await admin.query(
      `SELECT a.reservation_id FROM ${schema}.site_reservations a JOIN ${schema}.site_reservations b
         ON a.site_id = b.site_id AND a.reservation_id < b.reservation_id AND a.period_start < b.period_end AND b.period_start < a.period_end`,
    );
    expect(overlapping.rows).toEqual([]);
    const held = await admin.query(`SELECT application_id FROM ${schema}.site_reservations WHERE site_id = ANY($1::text[])`, [contended]);
    expect(new Set(held.rows.map((r: { application_id: string }) => r.application_id))).toEqual(new Set(accepted.map((o) => o.applicationId)));
    const everAccepted = new Set(
      (await admin.query(`SELECT data->>'reservationId' AS id FROM ${schema}.events WHERE type = 'SiteReserved'`)).rows.map((r: { id: string }) => r.id),
    );
    for (const { answer } of refused) {
      const named = answer.body['conflictingReservations'] as Reservation[];
      expect(answer.body['code']).toBe('SITES.RESERVATION_CONFLICT');
      expect(named.length).toBeGreaterThan(0);
      for (const reservation of named) expect(everAccepted.has(reservation.reservationId)).toBe(true);
    }
    const statuses = await admin.query(`SELECT status, count(*)::int AS n FROM ${schema}.site_applications WHERE application_id = ANY($1::text[]) GROUP BY status`, [outcomes.map((o) => o.applicationId)]);
    expect(Object.fromEntries(statuses.rows.map((r: { status: string; n: number }) => [r.status, r.n]))).toEqual({ scheduled: accepted.length, approved: refused.length });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^usm_sites_reservation_conflicts_total\S* [1-9]/m);
  }, 900_000);

  it('finds the sites free over a period as the accepted reservations in PostgreSQL say', async () => {
    const period = { start: Date.UTC(2030, 0, 10), end: Date.UTC(2030, 0, 12) };
    const busy = await admin.query(`SELECT DISTINCT site_id FROM ${schema}.site_reservations WHERE period_start < $2 AND $1 < period_end`, [period.start, period.end]);
    expect(busy.rows.length).toBeGreaterThan(0);
    const free = await call<{ siteId: string }[]>('poom-gpu-platform', 'GET', `/v1/sites?city=gwangju&freeFrom=${new Date(period.start).toISOString()}&freeTo=${period.end}`);
    expect(free.body.length).toBe(gwangju.length - busy.rows.length);
    const freeIds = new Set(free.body.map((s) => s.siteId));
    for (const row of busy.rows as { site_id: string }[]) expect(freeIds.has(row.site_id)).toBe(false);
  }, 120_000);

  it('imports a CSV with `mesh sites import <file> --city`, keeping only that city\'s sites', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sites-cli-')), 'jeonnam.csv');
    const header = 'siteId,city,district,type,name,lat,lng,power,network,mounting';
    writeFileSync(file, `${header}\njeonnam-cli-1,jeonnam,Mokpo-si,crossing,Mokpo crossing 1,34.81,126.39,yes,lte,pole\ngwangju-cli-1,gwangju,Buk-gu,crossing,Buk-gu crossing x,35.17,126.91,no,none,none\n`);
    const root = join(__dirname, '..', '..', '..');
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'tools/mesh-cli/main.ts', 'sites', 'import', file, '--city', 'jeonnam', '--node', 'incheon', '--url', base], { cwd: root });
    expect(stdout).toContain('jeonnam: 1 registered, 0 unchanged, 1 of other cities skipped, 0 refused');
    expect((await call('vision-lab', 'GET', '/v1/sites/jeonnam-cli-1')).body).toMatchObject({ city: 'jeonnam', district: 'Mokpo-si', type: 'crossing', reservations: [] });
    expect((await call('vision-lab', 'GET', '/v1/sites/gwangju-cli-1')).status).toBe(404);
  }, 180_000);
});
