import { personas, routeRoleTable, serviceAudiences } from '@usm/security';
import type { RouteAccess } from '@usm/security';
import type { ServiceProcess } from '@usm/testing';
import { authEnvOf, cityStack, freePort, kafkaEnvOf, registryEnvOf, runSql, spawnService, tokenFor, uniqueName, waitFor } from '@usm/testing';
import { decodeJwt } from 'jose';
import { AppModule } from './app.module';
import { loadConfig } from './config';

const incheon = cityStack('incheon');
const barcelona = cityStack('barcelona');
const schema = uniqueName('consent_auth').replace(/-/g, '_');
const env = (port: number) => ({
  MESH_CITY: 'incheon',
  ...kafkaEnvOf(incheon, 'consent'),
  ...registryEnvOf(incheon, 'registry-consent'),
  DATABASE_URL: incheon.database.url,
  DATABASE_SCHEMA: schema,
  CONSENT_PORT: String(port),
  LOG_LEVEL: 'warn',
  ...authEnvOf(incheon, 'consent'),
});
const consentPersonas = Object.entries(personas).filter(([, p]) => (p.services as readonly string[]).includes('consent'));
const holds = (persona: string, roles: readonly string[]) => roles.every((role) => (personas[persona as keyof typeof personas].permissions as readonly string[]).includes(role));
const samplePath = (route: string) => route.replace(':subjectId', 'psn-auth-1').replace(':purpose', 'research').replace(':agreementId', 'no-such-agreement').replace(':name', 'no-such-model');

let app: ServiceProcess;
let base = '';
const call = async (method: string, path: string, token?: string, body?: object) =>
  fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }),
  });

beforeAll(async () => {
  await runSql(incheon.database.url, `CREATE SCHEMA ${schema}`);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  app = spawnService('apps/consent/src/main.ts', env(port));
  await waitFor(async () => (await fetch(`${base}/health/ready`)).ok, { timeoutMs: 90_000, description: `the consent service on ${base}` }).catch((error: Error) => {
    throw new Error(`${error.message}\n${app.output.join('')}`);
  });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await runSql(incheon.database.url, `DROP SCHEMA ${schema} CASCADE`);
});

describe('consent service behind Keycloak: every route, every persona', () => {
  const table = routeRoleTable(AppModule.register(loadConfig(env(1))));
  const guarded = table.filter((r): r is RouteAccess & { access: readonly string[] } => Array.isArray(r.access));

  it.each(guarded.map((r) => [r.route, r.access] as const))('%s: 401 without a token, 403 without %j, passes with it', async (route, roles) => {
    const [method = 'GET', path = '/'] = route.split(' ');
    expect((await call(method, samplePath(path))).status).toBe(401);
    const [lacking] = consentPersonas.find(([name]) => !holds(name, roles)) ?? [];
    const [holding] = consentPersonas.find(([name]) => holds(name, roles)) ?? [];
    expect([lacking, holding].every(Boolean)).toBe(true);
    expect((await call(method, samplePath(path), await tokenFor(incheon, lacking as string))).status).toBe(403);
    expect([401, 403]).not.toContain((await call(method, samplePath(path), await tokenFor(incheon, holding as string))).status);
  });

  it('answers 401 to unknown paths and /docs without a token, and to a token of another audience or a forged one', async () => {
    expect((await call('GET', '/v1/nothing-here')).status).toBe(401);
    expect((await call('GET', '/docs')).status).toBe(401);
    expect(serviceAudiences.consent).toBe('usm-consent');
    expect((await call('POST', '/v1/events', await tokenFor(incheon, 'integrator'))).status).toBe(401);
    const forged = `${(await tokenFor(incheon, 'consent-desk')).slice(0, -4)}AAAA`;
    expect((await call('GET', '/v1/consents/psn-auth-1/research', forged)).status).toBe(401);
  });

  it("counts a signature from the partner's own realm for the partner, and refuses the partner everything else", async () => {
    const dpo = await tokenFor(incheon, 'dpo');
    const partnerDpo = await tokenFor(barcelona, 'dpo');
    const draft = {
      partner: { partnerId: 'barcelona', name: 'Ajuntament de Barcelona', kind: 'city' },
      topics: ['safety.events.anonymised.v1'],
      purposes: ['aiTraining'],
      partnerRetentionDays: 30,
      validity: { validFrom: '2026-01-01T00:00:00Z', validUntil: null },
    };
    const drafted = await call('POST', '/v1/agreements', dpo, draft);
    expect(drafted.status).toBe(201);
    const id = ((await drafted.json()) as { aggregateId: string }).aggregateId;
    expect((await call('POST', `/v1/agreements/${id}/propose`, dpo)).status).toBe(201);
    await waitFor(async () => (await call('GET', `/v1/agreements/${id}`, partnerDpo)).status === 200, { timeoutMs: 30_000, description: 'the agreement in the read model' });
    expect((await call('POST', `/v1/agreements/${id}/sign`, dpo, { party: 'partner' })).status).toBe(201);
    expect((await call('POST', `/v1/agreements/${id}/activate`, dpo)).status).toBe(422);
    expect((await call('POST', `/v1/agreements/${id}/sign`, partnerDpo)).status).toBe(201);
    expect((await call('POST', `/v1/agreements/${id}/activate`, dpo)).status).toBe(201);
    expect((await call('POST', `/v1/agreements/${id}/activate`, partnerDpo)).status).toBe(403);
    expect((await call('POST', '/v1/consents/psn-auth-2/research/grant', await tokenFor(barcelona, 'city-admin'), {})).status).toBe(403);
    const partnerSignature = { issuer: barcelona.identity.issuer, subject: decodeJwt(partnerDpo).sub, action: 'POST /v1/agreements/:agreementId/sign', targets: { agreementId: id }, outcome: 'succeeded' };
    await waitFor(async () => JSON.stringify(await (await call('GET', '/v1/audit', dpo)).json()).includes(`"issuer":"${partnerSignature.issuer}"`), { timeoutMs: 10_000, description: "the partner's signature in the audit log" });
    expect(await (await call('GET', '/v1/audit', dpo)).json()).toEqual(expect.arrayContaining([expect.objectContaining(partnerSignature)]));
  });

  it('lets a company sign its own company agreement as the partner with its own client, and no other', async () => {
    const dpo = await tokenFor(incheon, 'dpo');
    const company = await tokenFor(incheon, 'poom-gpu-platform');
    const draft = {
      partner: { partnerId: 'poom-gpu-platform', name: 'POOM GPU platform', kind: 'company' },
      topics: ['safety.events.anonymised.v1'],
      purposes: ['aiTraining', 'aiValidation'],
      partnerRetentionDays: 30,
      validity: { validFrom: '2026-01-01T00:00:00Z', validUntil: null },
    };
    const id = ((await (await call('POST', '/v1/agreements', dpo, draft)).json()) as { aggregateId: string }).aggregateId;
    expect((await call('POST', `/v1/agreements/${id}/propose`, dpo)).status).toBe(201);
    await waitFor(async () => (await call('GET', `/v1/agreements/${id}`, dpo)).status === 200, { timeoutMs: 30_000, description: 'the agreement in the read model' });
    expect((await call('POST', `/v1/agreements/${id}/sign`, await tokenFor(incheon, 'vision-lab'))).status).toBe(403);
    // A client of the same name in a partner city's realm is that city's client, not the company (ADR 0017).
    expect((await call('POST', `/v1/agreements/${id}/sign`, await tokenFor(barcelona, 'poom-gpu-platform'))).status).toBe(403);
    expect((await call('POST', `/v1/agreements/${id}/sign`, dpo)).status).toBe(201);
    expect((await call('POST', `/v1/agreements/${id}/activate`, dpo)).status).toBe(422);
    expect((await call('POST', `/v1/agreements/${id}/sign`, company)).status).toBe(201);
    expect((await call('POST', `/v1/agreements/${id}/activate`, company)).status).toBe(403);
    expect((await call('POST', `/v1/agreements/${id}/activate`, dpo)).status).toBe(201);
    // The read model follows the ledger's events a moment later.
    const row = await waitFor(async () => {
      const current = (await (await call('GET', `/v1/agreements/${id}`, dpo)).json()) as { status: string; partnerSignedAt: string | null };
      return current.status === 'active' ? current : undefined;
    }, { timeoutMs: 30_000, description: 'the active agreement in the read model' });
    expect(row.partnerSignedAt).toEqual(expect.any(String));
  });

  it('audits who did what with which outcome, readable only with audit:read, and never rewritten', async () => {
    const desk = await tokenFor(incheon, 'consent-desk');
    const grant = { scope: { sourceKinds: ['cctvAnalytics'], categories: ['traffic'] }, noticeVersion: 'notice-1' };
    expect((await call('POST', '/v1/consents/psn-auth-3/research/grant', desk, grant)).status).toBe(201);
    expect((await call('POST', '/v1/read-models/consents-current/rebuild', desk)).status).toBe(403);
    expect((await call('GET', '/v1/audit', desk)).status).toBe(403);
    const audit = (await (await call('GET', '/v1/audit?limit=1000', await tokenFor(incheon, 'dpo'))).json()) as { subject: string; issuer: string; action: string; targets: Record<string, string>; outcome: string; status: number }[];
    const deskSubject = decodeJwt(desk).sub;
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: deskSubject, issuer: incheon.identity.issuer, action: 'POST /v1/consents/:subjectId/:purpose/grant', targets: { subjectId: 'psn-auth-3', purpose: 'research' }, outcome: 'succeeded', status: 201 }),
        expect.objectContaining({ subject: deskSubject, action: 'POST /v1/read-models/:name/rebuild', outcome: 'denied', status: 403 }),
        expect.objectContaining({ subject: deskSubject, action: 'GET /v1/audit', outcome: 'denied', status: 403 }),
      ]),
    );
    for (const statement of [`UPDATE ${schema}.audit_log SET outcome = 'succeeded'`, `DELETE FROM ${schema}.audit_log`, `TRUNCATE ${schema}.audit_log`]) {
      await expect(runSql(incheon.database.url, statement)).rejects.toThrow(/append-only/);
    }
  });
});
