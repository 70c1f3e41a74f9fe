import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpInferenceClient } from './http-inference.client';
import { InferenceFailedError } from './inference.errors';

const sha = 'ab'.repeat(32);
/** An endpoint whose GET /v1/model answers per path prefix: /good, /bad-hash, /none (404), /broken (500). */
const answers: Record<string, [number, object]> = { good: [200, { artifactSha256: sha, kind: 'x' }], 'bad-hash': [200, { artifactSha256: 'not-a-hash' }], none: [404, { code: 'NOT_FOUND' }], broken: [500, {}] };

describe('HttpInferenceClient.servedArtifact (GET <endpoint>/v1/model)', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      const [status, body] = answers[(req.url ?? '').split('/')[1] ?? ''] ?? [404, {}];
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const client = new HttpInferenceClient(5_000);

  it('returns the served SHA-256, and null where the endpoint names no well-formed hash or has no such route', async () => {
    expect(await client.servedArtifact(`${base}/good/`)).toBe(sha);
    expect(await client.servedArtifact(`${base}/bad-hash`)).toBeNull();
    expect(await client.servedArtifact(`${base}/none`)).toBeNull();
  });

  it('fails the run with INFERENCE_FAILED when the endpoint errs', async () => {
    await expect(client.servedArtifact(`${base}/broken`)).rejects.toThrow(InferenceFailedError);
  });
});
