import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { cityStack, kafkaConnectionOf, registryCredentialsOf } from '@usm/testing';
import { KafkaBrokerHealthIndicator } from './kafka-broker.indicator';
import { SchemaRegistryHealthIndicator } from './schema-registry.indicator';

const city = cityStack('incheon');

/** A port that accepts connections and never answers: a hung dependency. */
async function silentPort(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('KafkaBrokerHealthIndicator', () => {
  it('is up when the cluster describes itself', async () => {
    const indicator = new KafkaBrokerHealthIndicator({ brokers: city.kafka.bootstrapServers, timeoutMs: 5_000, security: kafkaConnectionOf(city, 'admin', 'health-spec').security });
    await expect(indicator.check('kafka')).resolves.toEqual({ kafka: { status: 'up', brokers: 1 } });
  });

  it('is down within its timeout when the broker hangs', async () => {
    const hung = await silentPort();
    try {
      const indicator = new KafkaBrokerHealthIndicator({ brokers: [`127.0.0.1:${hung.port}`], timeoutMs: 300 });
      const started = process.hrtime.bigint();
      const result = await indicator.check('kafka');
      expect(result['kafka']?.status).toBe('down');
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2_000);
    } finally {
      await hung.close();
    }
  });
});

describe('SchemaRegistryHealthIndicator', () => {
  it('is up when GET /subjects answers', async () => {
    const indicator = new SchemaRegistryHealthIndicator({ url: city.registry.url, timeoutMs: 5_000, credentials: registryCredentialsOf(city, 'registry-ingest') });
    await expect(indicator.check('schemaRegistry')).resolves.toEqual({ schemaRegistry: { status: 'up' } });
  });

  it('is down when the registry refuses an anonymous caller', async () => {
    const indicator = new SchemaRegistryHealthIndicator({ url: city.registry.url, timeoutMs: 30_000 });
    await expect(indicator.check('schemaRegistry')).resolves.toEqual({ schemaRegistry: { status: 'down', message: 'GET /subjects answered 401' } });
  });

  it('is down when the URL is not a registry API', async () => {
    // The token comes from Keycloak first; a loaded machine can take seconds, and this case is about the 404, not time.
    const indicator = new SchemaRegistryHealthIndicator({ url: `${city.registry.url}/not-here`, timeoutMs: 30_000, credentials: registryCredentialsOf(city, 'registry-ingest') });
    await expect(indicator.check('schemaRegistry')).resolves.toEqual({ schemaRegistry: { status: 'down', message: 'GET /subjects answered 404' } });
  });

  it('is down within its timeout when the registry hangs', async () => {
    const hung = await silentPort();
    try {
      const indicator = new SchemaRegistryHealthIndicator({ url: `http://127.0.0.1:${hung.port}/apis/ccompat/v7`, timeoutMs: 300 });
      await expect(indicator.check('schemaRegistry')).resolves.toEqual({
        schemaRegistry: { status: 'down', message: 'GET /subjects timed out after 300 ms' },
      });
    } finally {
      await hung.close();
    }
  });
});
