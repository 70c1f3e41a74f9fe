import { randomUUID } from 'node:crypto';
import { subjectOf } from '@usm/contracts';
import { KafkaProjectionRunner } from '@usm/event-sourcing';
import { AvroCodec, SchemaRegistry, meshProducerConfig } from '@usm/messaging';
import { registryCredentialsOf } from '@usm/testing';
import { BenchCluster } from '../support/bench-topics';
import type { Throughput } from '../support/progress';
import { RssSampler, measureUntil, mib, perSecond, rate, say } from '../support/progress';
import { BenchDatabase } from './bench-database';
import { benchCounterProjection, benchIncrementSchema } from './counter-read-model';
import { readWithPlainConsumer } from './plain-consumer';

const events = Number(process.env['BENCH_EVENTS'] ?? 100_000);
const counters = Number(process.env['BENCH_COUNTERS'] ?? 1_000);
const recordsPerTransaction = Number(process.env['BENCH_RECORDS_PER_TRANSACTION'] ?? 500);
const run = `bench-projection-${Date.now().toString(36)}`;
const topic = `${run}.counters`;

interface Phase {
  readonly throughput: Throughput;
  readonly rss: number;
}

/** Produces `events` increments to a fresh topic, then replays them into PostgreSQL and reads them with bare consumers. */
async function main(): Promise<void> {
  const cluster = await new BenchCluster().open();
  const database = await new BenchDatabase(cluster.city.database.url, run.replace(/-/g, '_')).open();
  try {
    await cluster.createTopics([topic], 3);
    await cluster.createTopics([`${topic}.dlq`], 1);
    const codec = await produce(cluster);
    const baseline = process.memoryUsage().rss;
    const projection = await replayProjection(cluster, database, codec);
    const plain = await readPlain(cluster, 'plain');
    const decoding = await readPlain(cluster, 'decode', codec);
    report(cluster, { projection, plain, decoding }, baseline);
  } finally {
    await database.close();
    await cluster.close();
  }
}

async function produce(cluster: BenchCluster): Promise<AvroCodec> {
  const registry = new SchemaRegistry({ url: cluster.city.registry.url, credentials: registryCredentialsOf(cluster.city, 'registry-provisioning') });
  await registry.register(subjectOf(topic), benchIncrementSchema);
  const codec = new AvroCodec(registry);
  const producer = cluster.kafka.producer(meshProducerConfig());
  await producer.connect();
  const versions = new Map<number, number>();
  for (let start = 0; start < events; start += 2_000) {
    const batch = Array.from({ length: Math.min(2_000, events - start) }, (_, i) => {
      const counter = (start + i) % counters;
      const version = (versions.get(counter) ?? 0) + 1;
      versions.set(counter, version);
      return { counterId: `counter-${counter}`, by: ((start + i) % 7) + 1, version, eventId: randomUUID() };
    });
    const messages = await Promise.all(batch.map(async (value) => ({ key: value.counterId, value: await codec.encode(subjectOf(topic), value) })));
    await producer.send({ topic, acks: -1, messages });
    if ((start / 2_000) % 5 === 4 || start + 2_000 >= events) say('produce', `${start + batch.length}/${events} events on ${topic}`);
  }
  await producer.disconnect();
  return codec;
}

async function replayProjection(cluster: BenchCluster, database: BenchDatabase, codec: AvroCodec): Promise<Phase> {
  const projection = benchCounterProjection(topic);
  const runner = new KafkaProjectionRunner(cluster.kafka, codec, database.dataSource, [projection], { groupPrefix: run, maxRecordsPerTransaction: recordsPerTransaction });
  const rss = new RssSampler();
  await runner.start();
  try {
    const throughput = await measureUntil('projection', events, () => database.appliedCount(projection.name), 900_000);
    return { throughput, rss: rss.stop() };
  } finally {
    await runner.stop();
  }
}

async function readPlain(cluster: BenchCluster, phase: string, codec?: AvroCodec): Promise<Phase> {
  const rss = new RssSampler();
  const throughput = await readWithPlainConsumer(cluster.kafka, topic, `${run}-${phase}`, events, codec);
  return { throughput, rss: rss.stop() };
}

function report(cluster: BenchCluster, phases: { projection: Phase; plain: Phase; decoding: Phase }, baseline: number): void {
  say('result', `events ${events}, ${counters} counters (rows), 3 partitions, ${recordsPerTransaction} records per PostgreSQL transaction, topic ${topic} on ${cluster.city.kafka.bootstrapServers.join(',')}`);
  const rows: [string, Phase][] = [
    ['projection into PostgreSQL', phases.projection],
    ['plain kafkajs consumer', phases.plain],
    ['plain consumer + Avro decode', phases.decoding],
  ];
  for (const [name, { throughput, rss }] of rows) {
    say('result', `${name.padEnd(30)} ${rate(throughput).padStart(14)}  (${throughput.records} records in ${Math.round(throughput.ms)} ms)  peak RSS ${mib(rss)}`);
  }
  say('result', `projection / plain consumer = ${(perSecond(phases.projection.throughput) / perSecond(phases.plain.throughput)).toFixed(3)}`);
  say('result', `projection / plain consumer + decode = ${(perSecond(phases.projection.throughput) / perSecond(phases.decoding.throughput)).toFixed(3)}`);
  say('result', `RSS before consuming ${mib(baseline)}, heap used now ${mib(process.memoryUsage().heapUsed)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:projection failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
