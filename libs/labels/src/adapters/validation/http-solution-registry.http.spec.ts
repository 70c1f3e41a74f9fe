import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InfrastructureError } from '@usm/errors';
import { HttpSolutionRegistry } from './http-solution-registry';

let server: Server;
let base = '';
const seen: { url: string; authorization: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', authorization: request.headers.authorization ?? '' });
    const status = request.url === '/v1/solutions/poom%20guardian/versions/1.2.0' ? 200 : request.url?.includes('/versions/broken') ? 500 : 404;
    response.writeHead(status).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the validation service as solution registry', () => {
  it('asks GET /v1/solutions/{id}/versions/{version} with the caller\'s token: 200 is registered, 404 is not', async () => {
    const registry = new HttpSolutionRegistry(base);
    await expect(registry.isRegistered('poom guardian', '1.2.0', 'tok')).resolves.toBe(true);
    await expect(registry.isRegistered('poom guardian', '2.0.0', 'tok')).resolves.toBe(false);
    expect(seen[0]).toEqual({ url: '/v1/solutions/poom%20guardian/versions/1.2.0', authorization: 'Bearer tok' });
  });

  it('takes any other answer, or none, as a retriable outage', async () => {
    await expect(new HttpSolutionRegistry(base).isRegistered('s', 'broken', 't')).rejects.toBeInstanceOf(InfrastructureError);
    await expect(new HttpSolutionRegistry('http://127.0.0.1:1', 1_000).isRegistered('s', '1', 't')).rejects.toMatchObject({ code: 'LABELS.SOLUTION_REGISTRY_UNREACHABLE', retriable: true });
  });
});
