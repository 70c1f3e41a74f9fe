import type { Server } from 'node:http';
import { trainReference } from './reference-model';
import { listen, referenceServer } from './reference-server';

const row = (n: number, category: string, subCategory: string) => ({ eventId: `e${n}`, category, subCategory, severity: 'high', sourceKind: 'cctv', district: 'd1', ageBand: null, h3Cell: 'c1', timeBucketStart: Date.UTC(2026, 10, 2, n % 24), label: null });
const train = [...Array.from({ length: 20 }, (_, n) => row(n, 'traffic', 'carAccident')), ...Array.from({ length: 20 }, (_, n) => row(100 + n, 'health', 'heartAttack')), row(200, 'health', 'fallenPatient')];

describe('the reference solution behind the hosted contract', () => {
  let server: Server;
  let url = '';
  beforeAll(async () => {
    server = referenceServer(trainReference(train, 'UTC'), 'UTC', ['carAccident', 'heartAttack']);
    url = await listen(server, 0);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const predict = (body: unknown) => fetch(`${url}/v1/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('answers a label of the benchmark with scores over the benchmark labels only, summing to 1', async () => {
    const response = await predict({ eventId: 'x', features: { category: 'health', severity: 'high', sourceKind: 'cctv', district: 'd1', h3Cell: 'c1', timeBucketStart: Date.UTC(2026, 10, 2, 3) } });
    const body = (await response.json()) as { eventId: string; label: string; scores: Record<string, number> };
    expect(body).toMatchObject({ eventId: 'x', label: 'heartAttack' });
    expect(Object.keys(body.scores).sort()).toEqual(['carAccident', 'heartAttack']);
    expect(Object.values(body.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('refuses an instance without features (400) and names the served artifact', async () => {
    expect((await predict({ eventId: 'x' })).status).toBe(400);
    expect(await (await fetch(`${url}/v1/model`)).json()).toMatchObject({ kind: 'categoricalNaiveBayes', artifactSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});
