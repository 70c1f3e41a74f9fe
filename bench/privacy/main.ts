import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { dlqTopicOf, loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import { AvroCodec, SchemaRegistry, meshProducerConfig } from '@usm/messaging';
import { generateIdentifierCorpus, generateRawEvents } from '../../libs/privacy/src/testing';
import { AppModule } from '../../apps/privacy/src/app.module';
import { loadConfig } from '../../apps/privacy/src/config';
import { BenchCluster } from '../support/bench-topics';
import { startPassthrough } from '../support/passthrough';
import { startProcessorCopy } from '../support/processor-copy';
import type { Throughput } from '../support/progress';
import { RssSampler, measureUntil, mib, perSecond, rate, say } from '../support/progress';

const events = Number(process.env['BENCH_EVENTS'] ?? 20_000);
const chunkRecords = 500;
const run = `bench-privacy-${Date.now().toString(36)}`;
const topics = { raw: `${run}.raw`, anonymised: `${run}.anon`, copy: `${run}.copy`, passTx: `${run}.pass-tx`, passPlain: `${run}.pass-plain` };

/** Produces `events` seeded raw events to a fresh topic, then pushes them through the real pipeline and two passthroughs. */
async function main(): Promise<void> {
  const cluster = await new BenchCluster().open();
  try {
    await cluster.createTopics([topics.raw, topics.anonymised, topics.copy, topics.passTx, topics.passPlain], 3);
    await cluster.createTopics([dlqTopicOf(topics.raw)], 1);
    const codec = await produceRawEvents(cluster);
    const pipeline = await runPipeline(cluster);
    const copy = await runProcessorCopy(cluster, codec);
    const passTx = await runPassthrough(cluster, 'passthrough-tx', topics.passTx, true);
    const passPlain = await runPassthrough(cluster, 'passthrough-plain', topics.passPlain, false);
    say('result', `events ${events}, 3 partitions, ${chunkRecords} records per transaction, broker ${cluster.city.kafka.bootstrapServers.join(',')}`);
    for (const [name, { throughput, rss }] of Object.entries({ pipeline, 'processor, no anonymisation': copy, 'passthrough (transactional)': passTx, 'passthrough (at-least-once)': passPlain })) {
      say('result', `${name.padEnd(30)} ${rate(throughput).padStart(14)}  (${throughput.records} records in ${Math.round(throughput.ms)} ms)  peak RSS ${mib(rss)}`);
    }
    say('result', `pipeline / processor without anonymisation = ${(perSecond(pipeline.throughput) / perSecond(copy.throughput)).toFixed(2)}`);
    say('result', `pipeline / transactional passthrough = ${(perSecond(pipeline.throughput) / perSecond(passTx.throughput)).toFixed(2)}`);
    say('result', `pipeline / at-least-once passthrough = ${(perSecond(pipeline.throughput) / perSecond(passPlain.throughput)).toFixed(2)}`);
  } finally {
    await cluster.close();
  }
}

async function produceRawEvents(cluster: BenchCluster): Promise<AvroCodec> {
  const registry = new SchemaRegistry({ url: cluster.city.registry.url });
  await registry.register(subjectOf(topics.raw), loadValueSchema(topicCatalog.safetyEventsRaw) as never);
  await registry.register(subjectOf(topics.anonymised), loadValueSchema(topicCatalog.safetyEventsAnonymised) as never);
  await registry.register(subjectOf(topics.copy), loadValueSchema(topicCatalog.safetyEventsRaw) as never);
  const codec = new AvroCodec(registry);
  const producer = cluster.kafka.producer(meshProducerConfig());
  await producer.connect();
  const raw = generateRawEvents(20_261_121, events, generateIdentifierCorpus(20_261_121, 60));
  for (let start = 0; start < raw.length; start += 1_000) {
    const slice = raw.slice(start, start + 1_000);
    const messages = await Promise.all(slice.map(async (event) => ({ key: event.eventId, value: await codec.encode(subjectOf(topics.raw), event) })));
    await producer.send({ topic: topics.raw, acks: -1, messages });
    say('produce', `${start + slice.length}/${events} raw events on ${topics.raw}`);
  }
  await producer.disconnect();
  return codec;
}

async function runPipeline(cluster: BenchCluster): Promise<{ throughput: Throughput; rss: number }> {
  const groupId = `${run}-privacy`;
  const config = loadConfig({
    MESH_CITY: cluster.city.city,
    KAFKA_BROKERS: cluster.city.kafka.bootstrapServers.join(','),
    SCHEMA_REGISTRY_URL: cluster.city.registry.url,
    PRIVACY_POLICY_FILE: join(__dirname, '..', '..', 'libs', 'privacy', 'policies', 'default.yaml'),
    USM_PRIVACY_HMAC_SECRET: randomBytes(32).toString('base64url'),
    PRIVACY_INPUT_TOPIC: topics.raw,
    PRIVACY_OUTPUT_TOPIC: topics.anonymised,
    PRIVACY_GROUP_ID: groupId,
    PRIVACY_TRANSACTIONAL_ID: `${run}-privacy-0`,
    PRIVACY_MAX_CHUNK_RECORDS: String(chunkRecords),
    LOG_LEVEL: 'warn',
  });
  const rss = new RssSampler();
  // The real privacy app in-process, without its HTTP listener: the stream starts at application bootstrap.
  const app = await NestFactory.createApplicationContext(AppModule.register(config), { logger: ['error', 'warn'] });
  try {
    const throughput = await measureUntil('pipeline', events, () => cluster.committedCount(groupId, topics.raw), 600_000);
    say('pipeline', `${await cluster.endCount(topics.anonymised)} offsets on ${topics.anonymised} (records and transaction markers; kept-local events are not emitted)`);
    return { throughput, rss: rss.stop() };
  } finally {
    await app.close();
  }
}

async function runProcessorCopy(cluster: BenchCluster, codec: AvroCodec): Promise<{ throughput: Throughput; rss: number }> {
  const groupId = `${run}-copy`;
  const rss = new RssSampler();
  const stop = await startProcessorCopy(cluster.kafka, codec, { input: topics.raw, output: topics.copy, groupId, chunkRecords });
  try {
    return { throughput: await measureUntil('processor-copy', events, () => cluster.committedCount(groupId, topics.raw), 600_000), rss: rss.stop() };
  } finally {
    await stop();
  }
}

async function runPassthrough(cluster: BenchCluster, phase: string, output: string, transactional: boolean): Promise<{ throughput: Throughput; rss: number }> {
  const groupId = `${run}-${phase}`;
  const rss = new RssSampler();
  const stop = await startPassthrough(cluster.kafka, { input: topics.raw, output, groupId, transactional, chunkRecords });
  try {
    return { throughput: await measureUntil(phase, events, () => cluster.committedCount(groupId, topics.raw), 600_000), rss: rss.stop() };
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:privacy failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
