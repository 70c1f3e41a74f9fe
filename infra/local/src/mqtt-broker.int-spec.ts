import { readFileSync } from 'node:fs';
import { connectAsync } from 'mqtt';
import { cityStack, uniqueName } from '@usm/testing';

const city = cityStack('incheon');

function account(username: string): { username: string; password: string } {
  const ref = city.mqtt?.accounts[username];
  if (!ref) throw new Error(`stack.json has no MQTT account ${username}: start the stack with this version of infra/local`);
  return { username, password: readFileSync(ref.passwordFile, 'utf8').trim() };
}

const url = (): string => city.mqtt?.url ?? 'mqtt://missing';
const options = { protocolVersion: 5 as const, reconnectPeriod: 0 };

describe('the city\'s MQTT broker started by infra/local', () => {
  it('refuses anonymous clients and wrong passwords', async () => {
    await expect(connectAsync(url(), { ...options, clientId: uniqueName('anonymous') })).rejects.toThrow(/authori/i);
    await expect(connectAsync(url(), { ...options, clientId: uniqueName('guess'), username: 'demo-sensor-incheon', password: 'wrong' })).rejects.toThrow(/bad user name or password|authori/i);
  });

  it('lets the demo sensor publish only under its own systemId', async () => {
    const sensor = await connectAsync(url(), { ...options, ...account('demo-sensor-incheon'), clientId: uniqueName('demo-sensor') });
    try {
      await expect(sensor.publishAsync('mesh/incheon/events/demo-sensor-incheon', '{}', { qos: 1 })).resolves.toBeDefined();
      await expect(sensor.publishAsync('mesh/incheon/events/cctv-incheon-017', '{}', { qos: 1 })).rejects.toThrow(/authori/i);
    } finally {
      await sensor.endAsync(true);
    }
  });
});
