import { logLevel } from 'kafkajs';
import { createKafka } from '@usm/messaging';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import type { CityStack } from '@usm/testing';
import { cityStack, kafkaConnectionOf, readStack, registryCredentialsOf, uniqueName, waitFor } from '@usm/testing';

const authOf = (city: CityStack, client = 'registry-provisioning') => {
  const { clientId, secret } = registryCredentialsOf(city, client);
  return { username: clientId, password: secret };
};
const basicAuthOf = (city: CityStack, client: string) => {
  const { username, password } = authOf(city, client);
  return { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
};

/** The local stack runs cities side by side: separate clusters, registries and databases that never mix. */
describe('two cities on one machine', () => {
  const incheon = cityStack('incheon');
  const barcelona = cityStack('barcelona');
  const kafkaOf = (city: CityStack) => createKafka({ ...kafkaConnectionOf(city, 'admin', 'two-cities-spec'), logLevel: logLevel.NOTHING });

  it('describes each running city in stack.json with endpoints that answer', async () => {
    const stack = readStack();
    expect(Object.keys(stack.cities)).toEqual(expect.arrayContaining(['incheon', 'barcelona']));
    for (const city of [incheon, barcelona]) {
      expect((await fetch(`${city.registry.url}/subjects`, { headers: basicAuthOf(city, 'registry-ingest') })).status).toBe(200);
      expect((await fetch(city.registry.healthUrl)).status).toBe(200);
      expect(((await (await fetch(`${city.identity.issuer}/.well-known/openid-configuration`)).json()) as { issuer: string }).issuer).toBe(city.identity.issuer);
      expect(city.database.url).toMatch(new RegExp(`/mesh(_p\\d+)?_${city.city}$`));
    }
    expect(new Set([incheon.kafka.bootstrapServers[0], barcelona.kafka.bootstrapServers[0]]).size).toBe(2);
  });

  it('runs two distinct Kafka clusters', async () => {
    const ids = await Promise.all(
      [incheon, barcelona].map(async (city) => {
        const admin = kafkaOf(city).admin();
        await admin.connect();
        try {
          return (await admin.describeCluster()).clusterId;
        } finally {
          await admin.disconnect();
        }
      }),
    );
    expect(ids[0]).not.toEqual(ids[1]);
  });

  it('keeps a topic and a subject created in one city out of the other', async () => {
    const topic = uniqueName('two-cities');
    const admin = kafkaOf(incheon).admin();
    const otherAdmin = kafkaOf(barcelona).admin();
    await Promise.all([admin.connect(), otherAdmin.connect()]);
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
      const schema = { type: 'record', name: 'Ping', namespace: 'mesh.test', fields: [{ name: 'n', type: 'int' }] };
      const { id } = await new SchemaRegistry({ host: incheon.registry.url, auth: authOf(incheon) }).register(
        { type: SchemaType.AVRO, schema: JSON.stringify(schema) },
        { subject: `${topic}-value` },
      );
      expect(id).toBeGreaterThan(0);
      await waitFor(async () => (await admin.listTopics()).includes(topic), { description: `${topic} in incheon` });
      expect(await otherAdmin.listTopics()).not.toContain(topic);
      const subjects = (await (await fetch(`${barcelona.registry.url}/subjects`, { headers: basicAuthOf(barcelona, 'registry-ingest') })).json()) as string[];
      expect(subjects).not.toContain(`${topic}-value`);
    } finally {
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await Promise.all([admin.disconnect(), otherAdmin.disconnect()]);
    }
  });
});
