import type { Admin, Kafka } from 'kafkajs';
import { Kafka as KafkaClient, logLevel } from 'kafkajs';
import { topicCatalog } from '@usm/contracts';
import { aclEntryOf, createKafka, serviceAclsOf } from '@usm/messaging';
import { cityStack, kafkaConnectionOf, uniqueName } from '@usm/testing';
import { applyTopics } from './apply-topics.command';
import { resolveEndpoints } from './endpoints';
import { prefixedName } from './topic-plan';

const incheon = cityStack('incheon');
const bootstrap = [...incheon.kafka.bootstrapServers];
const quiet = (): void => undefined;
const as = (principal: string): Kafka => createKafka({ ...kafkaConnectionOf(incheon, principal, uniqueName(`security-${principal}`)), logLevel: logLevel.NOTHING, retry: { retries: 0 } });

/** The Kafka protocol error type of an error, looking into kafkajs's wrappers (retry, aggregate and non-retriable errors). */
function protocolErrorOf(error: unknown): string | undefined {
  const e = error as { type?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown[] } | undefined;
  if (!e || typeof e !== 'object') return undefined;
  if (typeof e.type === 'string') return e.type;
  for (const inner of [e.originalError, e.cause, ...(e.errors ?? [])]) {
    const found = protocolErrorOf(inner);
    if (found) return found;
  }
  return undefined;
}

/** 'allowed', or why the call was refused: the Kafka protocol error, else the kafkajs error name. */
async function refusal(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
  } catch (error) {
    return protocolErrorOf(error) ?? (error as Error).name;
  }
  return 'allowed';
}

async function withAdmin<T>(kafka: Kafka, use: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await use(admin);
  } finally {
    await admin.disconnect();
  }
}

async function produce(kafka: Kafka, topic: string): Promise<string> {
  const producer = kafka.producer({ allowAutoTopicCreation: false, retry: { retries: 0 } });
  await producer.connect();
  try {
    return await refusal(() => producer.send({ topic, acks: -1, messages: [{ key: 'k', value: 'security-spec' }] }));
  } finally {
    await producer.disconnect();
  }
}

/** Why a consumer of `topic` (in a group of its own) is refused: at subscription (metadata) or when it joins and fetches. */
async function consumeRefusal(kafka: Kafka, topic: string): Promise<string> {
  const consumer = kafka.consumer({ groupId: uniqueName('security-denied'), retry: { retries: 0, restartOnFailure: async () => false } });
  const crashed = new Promise<unknown>((resolve) => consumer.on(consumer.events.CRASH, (event) => resolve(event.payload.error)));
  await consumer.connect();
  try {
    return await refusal(async () => {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({ eachMessage: async () => undefined });
      throw await crashed;
    });
  } finally {
    await consumer.disconnect();
  }
}

const describeTopic = (kafka: Kafka, topic: string): Promise<string> => withAdmin(kafka, (admin) => refusal(() => admin.fetchTopicOffsets(topic)));

describe('Kafka security of the incheon node (SASL_SSL, SCRAM-SHA-512, StandardAuthorizer)', () => {
  const prefix = uniqueName('security');
  const raw = prefixedName(topicCatalog.safetyEventsRaw.name, prefix);
  const anonymised = prefixedName(topicCatalog.safetyEventsAnonymised.name, prefix);

  beforeAll(async () => {
    // The catalog's topics and the services' ACLs under a prefix of this run, so the spec writes nothing into the city's own topics.
    await applyTopics(resolveEndpoints({ city: 'incheon' }), { prefix }, quiet);
  });

  afterAll(async () => {
    await withAdmin(as('admin'), async (admin) => {
      const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${prefix}.`) || t.startsWith(`barcelona.${prefix}`));
      await admin.deleteTopics({ topics });
      const ours = serviceAclsOf({ city: 'incheon', partners: [], topicPrefix: prefix }).filter((b) => b.resource === 'topic' && b.name.startsWith(`${prefix}.`));
      await admin.deleteAcls({ filters: ours.map(aclEntryOf) });
    });
  });

  it('refuses a PLAINTEXT client, a client that does not trust the city CA, and a wrong password', async () => {
    const plaintext = new KafkaClient({ clientId: 'security-plaintext', brokers: bootstrap, logLevel: logLevel.NOTHING, connectionTimeout: 2_000, retry: { retries: 0 } });
    expect(await refusal(() => withAdmin(plaintext, (admin) => admin.listTopics()))).not.toBe('allowed');
    const { security } = kafkaConnectionOf(incheon, 'admin', 'x');
    const untrusting = new KafkaClient({ clientId: 'security-untrusted', brokers: bootstrap, ssl: true, sasl: { ...security.sasl }, logLevel: logLevel.NOTHING, retry: { retries: 0 } });
    expect(await refusal(() => withAdmin(untrusting, (admin) => admin.listTopics()))).not.toBe('allowed');
    const wrongPassword = createKafka({ ...kafkaConnectionOf(incheon, 'admin', 'security-wrong'), security: { ...security, sasl: { ...security.sasl, password: 'not-the-password' } }, logLevel: logLevel.NOTHING, retry: { retries: 0 } });
    expect(await refusal(() => withAdmin(wrongPassword, (admin) => admin.listTopics()))).toBe('KafkaJSSASLAuthenticationError');
  });

  it('denies a partner principal the raw events, consent records, agreements and any shareable topic while no agreement covers it', async () => {
    const partner = as('partner-barcelona');
    for (const topic of [topicCatalog.safetyEventsRaw, topicCatalog.consentRecords, topicCatalog.agreements, topicCatalog.safetyEventsAnonymised, topicCatalog.safetyLabels]) {
      expect(`${topic.name}: ${await describeTopic(partner, topic.name)}`).toBe(`${topic.name}: TOPIC_AUTHORIZATION_FAILED`);
    }
    expect(await consumeRefusal(partner, topicCatalog.safetyEventsRaw.name)).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it('lets an integrator write raw events and nothing else: no read, no other topic', async () => {
    const integrator = as('integrator');
    expect(await produce(integrator, raw)).toBe('allowed');
    expect(await produce(integrator, anonymised)).toBe('TOPIC_AUTHORIZATION_FAILED');
    // No group may be used: FindCoordinator is refused (kafkajs reports it as a coordinator it cannot find).
    expect(await consumeRefusal(integrator, raw)).toMatch(/^(GROUP_AUTHORIZATION_FAILED|KafkaJSGroupCoordinatorNotFound)$/);
    expect(await describeTopic(integrator, topicCatalog.consentRecords.name)).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it('lets mm2-barcelona create and write topics prefixed barcelona. only', async () => {
    const mm2 = as('mm2-barcelona');
    const remote = `barcelona.${prefix}.safety.labels.v1`;
    expect(await withAdmin(mm2, (admin) => refusal(() => admin.createTopics({ waitForLeaders: true, topics: [{ topic: remote, numPartitions: 1, replicationFactor: 1 }] })))).toBe('allowed');
    expect(await produce(mm2, remote)).toBe('allowed');
    expect(await withAdmin(mm2, (admin) => refusal(() => admin.createTopics({ topics: [{ topic: `foo.${prefix}`, numPartitions: 1, replicationFactor: 1 }] })))).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produce(mm2, topicCatalog.safetyEventsRaw.name)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produce(mm2, raw)).toBe('TOPIC_AUTHORIZATION_FAILED');
  });
});
