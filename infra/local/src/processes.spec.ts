import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { assertPortFree, portInUse } from './processes';

describe('port guard', () => {
  it('tells a held port from a free one and refuses to start on a held one, naming the port', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await portInUse(port)).toBe(true);
      await expect(assertPortFree(port, 'the registry of incheon', '/state/run/incheon-registry.pid')).rejects.toThrow(new RegExp(`Port ${port} for the registry of incheon is held`));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await portInUse(port)).toBe(false);
    await expect(assertPortFree(port, 'x', 'y')).resolves.toBeUndefined();
  });
});
