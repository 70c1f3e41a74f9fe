import { Command } from 'commander';
import { Kafka, logLevel } from 'kafkajs';
import { join } from 'node:path';
import { topicCatalog } from '@usm/contracts';
import { portsOf } from '../../infra/local/src/city-ports';
import { up } from '../../infra/local/src/local-stack';
import { recordService } from '../../infra/local/src/stack-file';
import { stackOptions } from '../../infra/local/src/stack-options';
import { applyTopics, registerSchemas, RegistryHttp } from '../contracts-cli/src';
import { endOffsets, readArrivals } from './read-arrivals';
import { sampleEvents } from './sample-events';
import { startService } from './service-process';

const say = (line: string): void => console.log(`[mesh] ${line}`);

/** `npm start`: one city node on the local default, proven end to end with sample events. */
async function main(options: { city: string; once: boolean }): Promise<void> {
  const { city } = options;
  const stackOpts = stackOptions();
  const node = (await up([city], stackOpts, say)).cities[city];
  if (!node) throw new Error(`${city} did not come up`);
  await applyTopics({ brokers: [...node.kafka.bootstrapServers], registryUrl: node.registry.url }, {}, (l) => say(`topics: ${l}`));
  await registerSchemas(new RegistryHttp(node.registry.url), {}, (l) => say(`schemas: ${l}`));

  const ingestUrl = `http://127.0.0.1:${portsOf(city, stackOpts.portBase).services}`;
  const ingest = await startService('ingest', 'apps/ingest/src/main.ts', {
    MESH_CITY: city,
    KAFKA_BROKERS: node.kafka.bootstrapServers.join(','),
    SCHEMA_REGISTRY_URL: node.registry.url,
    DATABASE_URL: node.database.url,
    INGEST_PORT: new URL(ingestUrl).port,
  }, ingestUrl, join(stackOpts.paths.logs, `${city}-ingest.log`));
  recordService(stackOpts.paths.stackFile, city, 'ingest', ingestUrl);
  say(`ingest is up at ${ingestUrl} (OpenAPI at ${ingestUrl}/docs, logs in ${ingest.logFile})`);

  const kafka = new Kafka({ brokers: [...node.kafka.bootstrapServers], clientId: 'local-demo', logLevel: logLevel.NOTHING });
  const raw = topicCatalog.safetyEventsRaw.name;
  const from = await endOffsets(kafka, raw);
  const events = sampleEvents(city, new Date());
  const response = await fetch(`${ingestUrl}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }) });
  say(`POST /v1/events with ${events.length} events → ${response.status} ${await response.text()}`);
  if (response.status !== 202) throw new Error('ingest refused the sample events');
  for (const arrival of await readArrivals(kafka, node.registry.url, raw, from, events.length)) {
    const v = arrival.value;
    say(`arrived on ${raw} [p${arrival.partition} @${arrival.offset}] ${arrival.key} ${String(v['category'])}/${String(v['subCategory'])} severity=${String(v['severity'])}`);
  }
  if (options.once) {
    await ingest.stop();
    recordService(stackOpts.paths.stackFile, city, 'ingest', undefined);
    say('done; the infrastructure keeps running: "npm run stack -- down" stops it');
    return;
  }
  say('city node running; Ctrl-C stops the services ("npm run stack -- down" stops the infrastructure)');
  await new Promise<void>((resolve) => process.once('SIGINT', resolve));
  await ingest.stop();
  recordService(stackOpts.paths.stackFile, city, 'ingest', undefined);
}

new Command('start')
  .description('Bring up a city node on the local default and prove it with sample events')
  .option('--city <id>', 'city to run', 'incheon')
  .option('--once', 'stop the services after the sample round trip', false)
  .action(async (options: { city: string; once: boolean }) => main(options))
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    console.error(`[mesh] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
