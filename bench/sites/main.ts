import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { DEMONSTRATION_SITES_FIXTURE } from '@usm/sites';
import { authEnvOf, authHeaderFor, cityStack, databaseEnvOf, freePort, runSql, spawnService, uniqueName, waitFor } from '@usm/testing';
import { percentiles, timeEach } from './latency';
import { queryKinds } from './query-kinds';

const rounds = Number(process.env['BENCH_ROUNDS'] ?? 200);
const applications = Number(process.env['BENCH_APPLICATIONS'] ?? 150);
const day = 86_400_000;
const ms = (value: number): string => `${value.toFixed(2)} ms`;

/**
 * Imports the 3,375 Gwangju sites into a sites service on the local stack, books `applications` of them over 2031,
 * then times each registry query kind over HTTP (token check, read model, JSON), the same question as plain SQL on the
 * read-model tables, in the same run, and prints p50/p99 and the ratio.
 */
async function main(): Promise<void> {
  const stack = cityStack(process.env['BENCH_CITY'] ?? 'incheon');
  const database = databaseEnvOf(stack, 'sites');
  const schema = uniqueName('bench_sites').replace(/-/g, '_');
  await runSql(stack.database.url, `CREATE SCHEMA ${schema} AUTHORIZATION "${new URL(database['DATABASE_URL'] ?? '').username}"`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const service = spawnService('apps/sites/src/main.ts', { MESH_CITY: stack.city, ...database, DATABASE_SCHEMA: schema, SITES_PORT: String(port), LOG_LEVEL: 'warn', ...authEnvOf(stack, 'sites') });
  const sql = new Client({ connectionString: stack.database.url });
  try {
    await waitFor(async () => (await fetch(`${base}/health/ready`)).ok, { timeoutMs: 120_000, description: 'the sites service' });
    await sql.connect();
    const manager = await authHeaderFor(stack, 'site-manager');
    const started = performance.now();
    const imported = await fetch(`${base}/v1/sites/import?city=gwangju`, { method: 'POST', headers: { ...manager, 'content-type': 'application/geo+json' }, body: readFileSync(DEMONSTRATION_SITES_FIXTURE, 'utf8') });
    console.log(`[bench:sites] import: ${imported.status} ${await imported.text()} in ${ms(performance.now() - started)}`);
    await book(base, stack, applications);
    console.log(`[bench:sites] ${rounds} rounds per kind; HTTP = the service's GET /v1/sites, SQL = the same filter as one plain query`);
    console.log('kind                  HTTP p50    HTTP p99    SQL p50     SQL p99     p50 ratio');
    for (const kind of queryKinds) {
      const headers = { ...(await authHeaderFor(stack, 'poom-gpu-platform')) };
      const http = percentiles(await timeEach(rounds, async (r) => (await fetch(`${base}/v1/sites?${kind.http(r)}`, { headers })).json()));
      const plain = percentiles(await timeEach(rounds, (r) => sql.query(kind.sql(schema, r))));
      console.log(`${kind.name.padEnd(21)} ${ms(http.p50).padEnd(11)} ${ms(http.p99).padEnd(11)} ${ms(plain.p50).padEnd(11)} ${ms(plain.p99).padEnd(11)} ${(http.p50 / plain.p50).toFixed(1)}x`);
    }
  } finally {
    await sql.end().catch(() => undefined);
    await service.stop();
    await runSql(stack.database.url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
}

/** Applies for, approves and schedules `count` single-site demonstrations over 2031, so free-period queries have reservations to skip. */
async function book(base: string, stack: ReturnType<typeof cityStack>, count: number): Promise<void> {
  const company = await authHeaderFor(stack, 'vision-lab');
  const manager = await authHeaderFor(stack, 'site-manager');
  const sites = (await (await fetch(`${base}/v1/sites?city=gwangju`, { headers: company })).json()) as { siteId: string }[];
  let scheduled = 0;
  for (let i = 0; i < count; i += 1) {
    const start = Date.UTC(2031, 0, 1) + (i % 30) * day;
    const body = { solution: { solutionId: 'bench-cam', version: '1' }, siteIds: [sites[(i * 37) % sites.length]?.siteId], period: { start, end: start + 7 * day }, dataNeeds: { description: 'bench' } };
    const applied = (await (await fetch(`${base}/v1/applications`, { method: 'POST', headers: { ...company, 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as { applicationId: string };
    for (const step of ['screen', 'approve', 'schedule']) {
      const answer = await fetch(`${base}/v1/applications/${applied.applicationId}/${step}`, { method: 'POST', headers: manager });
      if (step === 'schedule' && answer.ok) scheduled += 1;
    }
  }
  console.log(`[bench:sites] ${scheduled} of ${count} applications scheduled (reservations for the free-period query)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
