import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Type } from 'avsc';
import type { Schema } from 'avsc';
import { loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import { SchemaRegistry, createKafka } from '@usm/messaging';
import { cityStack, kafkaConnectionOf, registryCredentialsOf } from '@usm/testing';
import { logLevel } from 'kafkajs';
import { benchDefinition, buildRelease } from './build-release';
import { plainRead } from './plain-read';
import { produceEvents } from './produce-events';

const count = Number(process.env['BENCH_EVENTS'] ?? 1_000_000);
const run = `bench-ds-${Date.now().toString(36)}`;
const topic = `${run}-${topicCatalog.safetyEventsAnonymised.name}`;
const maxBytes = 64 * 1024 * 1024;
const say = (line: string) => process.stdout.write(`[bench:datasets] ${line}\n`);
const perSecond = (n: number, ms: number) => Math.round((n * 1000) / ms).toLocaleString('en');
const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

/** A release of `count` anonymised events (snapshot read, anonymity search, Avro + Parquet writing), beside a plain kafkajs read. */
async function main(): Promise<void> {
  const city = cityStack('incheon');
  const kafka = createKafka({ ...kafkaConnectionOf(city, 'admin', 'incheon-datasets-bench'), logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  await admin.connect();
  const artifactDir = mkdtempSync(join(tmpdir(), 'bench-datasets-'));
  try {
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: topicCatalog.safetyEventsAnonymised.partitions, replicationFactor: 1 }] });
    const registry = new SchemaRegistry({ url: city.registry.url, credentials: registryCredentialsOf(city, 'registry-provisioning') });
    const schema = loadValueSchema(topicCatalog.safetyEventsAnonymised);
    const schemaId = await registry.register(subjectOf(topic), schema as never);
    const produceMs = await produceEvents(kafka, topic, Type.forSchema(schema as Schema), schemaId, count, run, say);
    say(`produced ${count} anonymised events in ${Math.round(produceMs)} ms (${perSecond(count, produceMs)} events/s)`);

    const plain = await plainRead(kafka, topic, maxBytes);
    say(`plain kafkajs read: ${plain.records} records in ${Math.round(plain.ms)} ms (${perSecond(plain.records, plain.ms)} events/s)`);

    const rssBefore = process.memoryUsage().rss;
    const result = await buildRelease({ kafka, registry, city: 'incheon', topicPrefix: `${run}-`, artifactDir, maxBytes, definition: benchDefinition(), say });
    const total = result.readMs + result.anonymityMs + result.writeMs;
    say(`release: ${result.released} of ${result.read} rows, k=${result.k} l=${result.l} suppression ${(result.suppressionRate * 100).toFixed(2)} % information loss ${result.informationLoss.toFixed(4)}`);
    say(`release built in ${Math.round(total)} ms: ${perSecond(result.read, total)} events/s; read ${Math.round(result.readMs)} ms (${perSecond(result.read, result.readMs)} events/s, ${(result.readMs / plain.ms).toFixed(2)}x the plain read), anonymity search + rows ${Math.round(result.anonymityMs)} ms, writing ${Math.round(result.writeMs)} ms (${result.files} files, ${mib(result.bytes)})`);
    say(`ratio: release ${(total / plain.ms).toFixed(2)}x the plain kafkajs read of the same topic; peak RSS ${mib(process.resourceUsage().maxRSS * 1024)} (RSS before the build ${mib(rssBefore)})`);
    say(`result: ${count} events → release in ${(total / 1000).toFixed(1)} s (${total <= 60_000 ? 'within' : 'OVER'} the 60 s target)`);
  } finally {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
    rmSync(artifactDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
