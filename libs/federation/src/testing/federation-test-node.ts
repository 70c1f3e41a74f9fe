import { readFileSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AgreementEvent, TopicDefinition } from '@usm/contracts';
import { dlqTopicOf, loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import { AvroCodec, AvroPublisher, MessagingModule, SchemaRegistry, aclEntryOf, bindingsOf, consumes, createKafka, describes } from '@usm/messaging';
import { ObservabilityModule } from '@usm/observability';
import type { CityStack } from '@usm/testing';
import { cityStack, kafkaConnectionOf, registryCredentialsOf, waitFor } from '@usm/testing';
import type { AclFilter, Kafka } from 'kafkajs';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';
import { Client } from 'pg';
import { FederationModule } from '../federation.module';
import type { FederationStatus } from '../application/federation-status';
import { ReplicationReconciler } from '../application/replication-reconciler';
import { MirrorMakerProcess } from '../adapters/mirror-maker/mirror-maker-process';
import { isAlive } from '../adapters/mirror-maker/process-control';
import { singleBrokerSettings } from '../domain/mirror-maker-properties';

/** The Kafka + MirrorMaker 2 classpath infra/local resolved, newest first. */
export function mirrorMakerClasspath(): string {
  const dir = join(homedir(), '.cache', 'urban-safety-mesh');
  const files = readdirSync(dir).filter((f) => /^kafka-.*\.classpath$/.test(f)).map((f) => join(dir, f));
  const newest = files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) throw new Error(`No kafka-*.classpath in ${dir}: run "npm run stack -- up" once`);
  return readFileSync(newest, 'utf8').trim();
}

/** A city's cluster as a principal of that city (`admin`, the provisioning super user, unless told). */
export function kafkaOf(city: string, principal = 'admin', clientId = `${city}-federation-spec`): Kafka {
  return createKafka(kafkaConnectionOf(cityStack(city), principal, clientId));
}

/**
 * What the federation principal needs on a test run's prefixed topics (topics:apply grants it the catalog's own names
 * only): read agreements (and dead-letter them), describe the shareable topics for lag.
 */
function federationRunGrants(prefix: string) {
  return bindingsOf('federation', [...consumes(`${prefix}${topicCatalog.agreements.name}`), ...Object.values(topicCatalog).filter((t) => t.shareable).map((t) => describes(`${prefix}${t.name}`))]);
}

/** A city's catalog topics under a test prefix: created on its cluster with the federation's rules on them, value schemas registered in its registry. */
export async function prepareCity(city: string, prefix: string, topics: readonly TopicDefinition[]): Promise<void> {
  const stack = cityStack(city);
  const admin = kafkaOf(city).admin();
  await admin.connect();
  try {
    await admin.createTopics({ waitForLeaders: true, topics: topics.map((t) => ({ topic: `${prefix}${t.name}`, numPartitions: t.partitions, replicationFactor: 1 })) });
    await admin.createAcls({ acl: federationRunGrants(prefix).map(aclEntryOf) });
  } finally {
    await admin.disconnect();
  }
  const registry = new SchemaRegistry({ url: stack.registry.url, credentials: registryCredentialsOf(stack, 'registry-provisioning') });
  for (const topic of topics) await registry.register(subjectOf(`${prefix}${topic.name}`), loadValueSchema(topic) as never);
}

/** A city's topics for a privacy → MirrorMaker 2 flow under a test prefix: agreements, raw with its dead-letter topic, anonymised. */
export async function preparePrivacyFlow(city: string, prefix: string): Promise<void> {
  await prepareCity(city, prefix, [topicCatalog.agreements, topicCatalog.safetyEventsRaw, topicCatalog.safetyEventsAnonymised]);
  const admin = kafkaOf(city).admin();
  await admin.connect();
  try {
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: dlqTopicOf(`${prefix}${topicCatalog.safetyEventsRaw.name}`), numPartitions: 1, replicationFactor: 1 }] });
  } finally {
    await admin.disconnect();
  }
}

/** Publishes Avro records to a city's topic through the mesh publisher. */
export async function publish<T>(city: string, topic: string, records: readonly { key: string; value: T }[]): Promise<void> {
  const stack = cityStack(city);
  const publisher = new AvroPublisher(kafkaOf(city), new AvroCodec(new SchemaRegistry({ url: stack.registry.url, credentials: registryCredentialsOf(stack, 'registry-privacy') })));
  await publisher.connect();
  try {
    await publisher.publish(topic, records);
  } finally {
    await publisher.disconnect();
  }
}

export function publishAgreementEvents(city: string, prefix: string, events: readonly AgreementEvent[]): Promise<void> {
  return publish(city, `${prefix}${topicCatalog.agreements.name}`, events.map((value) => ({ key: value.metadata.aggregateId, value })));
}

async function onDatabase(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A running federation service of one city, booted in-process with HTTP on a free port. */
export interface FederationTestNode {
  readonly city: CityStack;
  readonly app: INestApplication;
  readonly baseUrl: string;
  readonly reconciler: ReplicationReconciler;
  readonly mirrorMaker: MirrorMakerProcess;
  readonly schema: string;
  status(): Promise<FederationStatus>;
  close(): Promise<void>;
}

/** A city's CA and the password files of some of the principals it issued, as MirrorMaker 2 reads them. */
function clusterSecurityOf(city: CityStack, principals: readonly string[]) {
  const { caFile, principals: all } = city.kafka.security;
  return { caFile, passwordFiles: Object.fromEntries(principals.map((p) => [p, all[p]?.passwordFile ?? `/missing/${p}`])) };
}

export async function startFederationNode(options: { city: string; partners: readonly string[]; prefix: string; workDir: string; schema: string }): Promise<FederationTestNode> {
  const city = cityStack(options.city);
  await onDatabase(city.database.url, `CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
  // The service runs as its own principal; MirrorMaker 2 reads here as partner-<target> and writes there as mm2-<this city>.
  const { clientId: _unused, ...kafka } = kafkaConnectionOf(city, 'federation', `${options.city}-federation-spec`);
  const module = FederationModule.forRoot({
    city: options.city,
    localBootstrapServers: city.kafka.bootstrapServers,
    localSecurity: clusterSecurityOf(city, options.partners.map((p) => `partner-${p}`)),
    partners: options.partners.map((alias) => ({ alias, bootstrapServers: cityStack(alias).kafka.bootstrapServers, security: clusterSecurityOf(cityStack(alias), [`mm2-${options.city}`]) })),
    topicPrefix: options.prefix,
    database: { url: city.database.url, schema: options.schema, runMigrations: true },
    mirrorMaker: { classpath: mirrorMakerClasspath(), workDir: options.workDir, javaBin: 'java', jvmOptions: ['-Xms64M', '-Xmx384M'], stopGraceMs: 20_000, startTimeoutMs: 60_000, restartDelayMs: 1_000, settings: singleBrokerSettings },
    retryDelayMs: 500,
    brokerAcls: true,
    lagIntervalMs: 1_000,
    health: { registryUrl: city.registry.url, registryCredentials: registryCredentialsOf(city, 'registry-federation'), timeoutMs: 2_000, kafkaSecurity: kafka.security },
  });
  const app = await NestFactory.create(
    {
      module: class FederationSpecApp {},
      imports: [
        ObservabilityModule.forRoot({ serviceName: 'federation', city: options.city, logLevel: 'warn' }),
        MessagingModule.forRoot({ kafka, registryUrl: city.registry.url, registryCredentials: registryCredentialsOf(city, 'registry-federation'), clientId: `${options.city}-federation-spec` }),
        module,
      ],
    },
    { logger: ['error', 'warn'] },
  );
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const baseUrl = await app.getUrl();
  const reconciler = app.get(ReplicationReconciler);
  const mirrorMaker = app.get(MirrorMakerProcess);
  const node: FederationTestNode = {
    city,
    app,
    baseUrl: baseUrl.replace('[::1]', '127.0.0.1'),
    reconciler,
    mirrorMaker,
    schema: options.schema,
    status: async () => (await (await fetch(`${node.baseUrl}/federation/status`)).json()) as FederationStatus,
    close: async () => {
      // Closing the service must take its MirrorMaker 2 down with it: a flow never outlives its governor.
      const pid = mirrorMaker.state().pid;
      await app.close();
      if (pid !== null && isAlive(pid)) throw new Error(`MirrorMaker 2 (pid ${pid}) outlived the federation service`);
      await onDatabase(city.database.url, `DROP SCHEMA IF EXISTS "${options.schema}" CASCADE`);
    },
  };
  await waitFor(() => reconciler.isCaughtUp, { timeoutMs: 30_000, description: `${options.city} federation to replay agreements` });
  return node;
}

/** Deletes a test run's topics (prefixed ones and their remote copies) and the rules on them, on every given city's cluster. */
export async function deleteRunTopicsIn(cities: readonly string[], prefix: string): Promise<void> {
  for (const city of cities) {
    await deleteRunTopics(kafkaOf(city, 'admin', 'federation-spec-cleanup'), prefix);
  }
}

/** Deletes every topic of a test run on a city's cluster (its own prefixed topics and their remote copies) and every rule naming the run (topics, groups, transactional ids). */
export async function deleteRunTopics(kafka: Kafka, prefix: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const mine = (await admin.listTopics()).filter((t) => t.includes(prefix));
    if (mine.length > 0) await admin.deleteTopics({ topics: mine });
    const described = await admin.describeAcls({ resourceType: AclResourceTypes.ANY, resourcePatternType: ResourcePatternTypes.ANY, operation: AclOperationTypes.ANY, permissionType: AclPermissionTypes.ANY });
    const filters: AclFilter[] = described.resources
      .filter((r) => r.resourceName.includes(prefix))
      .flatMap((r) => r.acls.map((acl) => ({ resourceType: r.resourceType, resourceName: r.resourceName, resourcePatternType: r.resourcePatternType, ...acl })));
    if (filters.length > 0) await admin.deleteAcls({ filters });
  } finally {
    await admin.disconnect();
  }
}
