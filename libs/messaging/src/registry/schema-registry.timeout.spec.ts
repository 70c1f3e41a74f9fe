import type { Server, Socket } from 'node:net';
import { createServer } from 'node:http';
import { InfrastructureError } from '@usm/errors';
import { SchemaRegistry } from './schema-registry';

/** A registry that takes every request and never answers, as a stalled server does. */
describe('SchemaRegistry against a registry that never answers', () => {
  let server: Server;
  const sockets = new Set<Socket>();
  let url: string;

  beforeAll(async () => {
    server = createServer(() => undefined);
    server.on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => server.close(resolve));
  });

  // Without the bound the call would wait for ever, and the spec would fail on its own timeout.
  it('gives up on a request after its timeout with a retriable registry error, instead of waiting for ever', async () => {
    const registry = new SchemaRegistry({ url, requestTimeoutMs: 200, retries: 0, probeTimeoutMs: 200 });
    const failure = await registry.getSchema(7).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InfrastructureError);
    expect(failure).toMatchObject({ code: 'MESSAGING.REGISTRY_UNAVAILABLE' });
  });
});
