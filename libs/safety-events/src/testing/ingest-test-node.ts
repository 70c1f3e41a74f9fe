import { Writable } from 'node:stream';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { dlqTopicOf, loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import { MessagingModule, bindingsOf, createKafka, grantAcls, produces, revokeAcls } from '@usm/messaging';
import { ObservabilityModule } from '@usm/observability';
import { cityStack, kafkaConnectionOf, registryCredentialsOf, tokenFor, uniqueName, withinTime, withinTimeRetried } from '@usm/testing';
import type { Consumer, Kafka } from 'kafkajs';
import { logLevel } from 'kafkajs';
import { protectEveryPath, securityOf } from '@usm/security';
import { Logger } from 'nestjs-pino';
import { Client } from 'pg';
import { ingestJsonBodyParserOptions } from '../adapters/http/json-body-parser-options';
import { SafetyEventsModule } from '../safety-events.module';

/** A record read back from the raw topic by a consumer of its own, decoded through the registry. */
export interface ReadRecord {
  readonly key: string | undefined;
  readonly value: Record<string, unknown>;
}

/** An ingest app on the real Kafka, registry and PostgreSQL of the local stack, with a topic, subject and schema of its own. */
export interface IngestTestNode {
  readonly app: INestApplication;
  /** `Bearer <token>` of incheon's integrator persona (ingest:write), from the real Keycloak. */
  readonly authorization: string;
  readonly topic: string;
  /** PostgreSQL schema of this node's tables (the ingest ledger is `ingest_ledger` in it). */
  readonly databaseSchema: string;
  /** What the independent consumer has read so far. */
  readonly records: ReadRecord[];
  /** Every JSON log line the app wrote. */
  readonly logs: string[];
  /** Dead letters read back from `<topic>.dlq` (created with the node), headers as UTF-8 text. */
  readonly deadLetters: DeadLetterRead[];
  /** Sum of the topic's end offsets: what was produced, whatever any consumer did. */
  endOffsets(): Promise<number>;
  close(): Promise<void>;
}

/** A dead letter as read back: the original bytes and the reason headers. */
export interface DeadLetterRead {
  readonly key: string | undefined;
  readonly value: Buffer;
  readonly headers: Record<string, string>;
}

export interface IngestTestNodeOptions {
  /** The MQTT adapter's broker and account; the node then also has `<topic>.dlq`. */
  readonly mqtt?: { readonly url: string; readonly username: string; readonly password: string };
  readonly maxBatchSize?: number;
  readonly maxBodyBytes?: number;
  readonly maxInFlight?: number;
}

const city = cityStack('incheon');

export async function startIngestTestNode(options: IngestTestNodeOptions = {}): Promise<IngestTestNode> {
  const topic = uniqueName('ingest-spec');
  const schema = uniqueName('ingest_spec').replace(/-/g, '_');
  // Each step is bounded and named: a hook that runs out of time then says what it was waiting for.
  const step = <T>(name: string, work: Promise<T>): Promise<T> => withinTime(`ingest test node: ${name}`, 45_000, work);
  await step('create the database schema', onDatabase(`CREATE SCHEMA "${schema}"`));
  const kafka = createKafka({ ...kafkaConnectionOf(city, 'admin', 'ingest-spec-reader'), logLevel: logLevel.WARN });
  const admin = kafka.admin();
  await step('connect the Kafka admin', admin.connect());
  const dlq = dlqTopicOf(topic);
  await withinTimeRetried('ingest test node: create the topics', 30_000, 2, () => admin.createTopics({ topics: [{ topic, numPartitions: 3 }, { topic: dlq, numPartitions: 1 }], waitForLeaders: true }));
  // The app runs as the ingest principal: what topics:apply grants it on the raw topic and its DLQ, here on this node's own.
  const grants = bindingsOf('ingest', [produces(topic), produces(dlq)]);
  const added = await step('grant the ingest ACLs', grantAcls(kafka, grants));
  const { clientId, secret } = registryCredentialsOf(city, 'registry-provisioning');
  const registry = new SchemaRegistry({ host: city.registry.url, auth: { username: clientId, password: secret } });
  await withinTimeRetried('ingest test node: register the schema', 30_000, 2, () => registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(loadValueSchema(topicCatalog.safetyEventsRaw)) }, { subject: subjectOf(topic) }));
  const logs: string[] = [];
  const app = await step('start the ingest app', startApp(topic, schema, logs, options));
  const records: ReadRecord[] = [];
  const consumer = await step('start the read-back consumer', readBack(kafka, topic, registry, records));
  const deadLetters: DeadLetterRead[] = [];
  const dlqConsumer = await step('start the dead-letter consumer', readDeadLetters(kafka, dlq, deadLetters));
  return {
    app,
    authorization: `Bearer ${await step('get an integrator token', tokenFor(city, 'integrator'))}`,
    topic,
    databaseSchema: schema,
    records,
    deadLetters,
    logs,
    endOffsets: async () => (await admin.fetchTopicOffsets(topic)).reduce((sum, partition) => sum + Number(partition.high), 0),
    close: async () => {
      await consumer.disconnect();
      await dlqConsumer.disconnect();
      await app.close();
      await admin.deleteTopics({ topics: [topic, dlq] }).catch(() => undefined);
      await revokeAcls(kafka, added).catch(() => undefined);
      await admin.disconnect();
      await onDatabase(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}

async function startApp(topic: string, schema: string, logs: string[], options: IngestTestNodeOptions): Promise<INestApplication> {
  const logDestination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const brokers = [...city.kafka.bootstrapServers];
  const { security } = kafkaConnectionOf(city, 'ingest', 'incheon-ingest-spec');
  const auth = securityOf({ kind: 'verify', settings: { city: 'incheon', issuer: city.identity.issuer, audience: 'usm-ingest', partnerIssuers: {} } }, { audited: true });
  const moduleRef = await Test.createTestingModule({
    controllers: auth.controllers,
    providers: auth.providers,
    imports: [
      ObservabilityModule.forRoot({ serviceName: 'ingest', city: 'incheon', logLevel: 'info', logDestination }),
      MessagingModule.forRoot({ kafka: { brokers, security }, registryUrl: city.registry.url, registryCredentials: registryCredentialsOf(city, 'registry-ingest'), clientId: 'incheon-ingest-spec' }),
      SafetyEventsModule.forRoot({
        city: 'incheon',
        database: { url: city.database.url, schema, runMigrations: true },
        health: { kafkaBrokers: brokers, kafkaSecurity: security, registryUrl: city.registry.url, registryCredentials: registryCredentialsOf(city, 'registry-ingest'), timeoutMs: 5_000 },
        ingest: { maxBatchSize: options.maxBatchSize ?? 5, maxClockSkewMs: 300_000, claimLeaseMs: 600_000, ...(options.maxInFlight === undefined ? {} : { maxInFlight: options.maxInFlight }) },
        rawTopic: topic,
        ...(options.mqtt ? { mqtt: { ...options.mqtt, clientId: uniqueName('ingest-mqtt') } } : {}),
      }),
    ],
  }).compile();
  // The same HTTP setup as apps/ingest/src/main.ts: bearer tokens first, our JSON parser with the byte limit, logs through pino.
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true });
  protectEveryPath(app);
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', ingestJsonBodyParserOptions(options.maxBodyBytes ?? 16 * 1024));
  return app.init();
}

async function readBack(kafka: Kafka, topic: string, registry: SchemaRegistry, records: ReadRecord[]): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: uniqueName('ingest-spec-reader') });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      records.push({ key: message.key?.toString(), value: (await registry.decode(message.value ?? Buffer.alloc(0))) as Record<string, unknown> });
    },
  });
  return consumer;
}

async function readDeadLetters(kafka: Kafka, topic: string, into: DeadLetterRead[]): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: uniqueName('ingest-spec-dlq-reader') });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: ({ message }) => {
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
      into.push({ key: message.key?.toString(), value: message.value ?? Buffer.alloc(0), headers });
      return Promise.resolve();
    },
  });
  return consumer;
}

async function onDatabase(sql: string): Promise<void> {
  const client = new Client({ connectionString: city.database.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

