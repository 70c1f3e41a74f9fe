import { Command } from 'commander';
import { logLevel } from 'kafkajs';
import { join } from 'node:path';
import { topicCatalog } from '@usm/contracts';
import { portsOf } from '../../infra/local/src/city-ports';
import { up } from '../../infra/local/src/local-stack';
import { recordService } from '../../infra/local/src/stack-file';
import type { StackOptions } from '../../infra/local/src/stack-options';
import { stackOptions } from '../../infra/local/src/stack-options';
import { createKafka } from '@usm/messaging';
import type { CityStack } from '@usm/testing';
import { authEnvOf, authHeaderFor, databaseEnvOf, kafkaConnectionOf, kafkaEnvOf, registryCredentialsOf, registryEnvOf } from '@usm/testing';
import { applyTopics, provisioningRegistryOf, registerSchemas, resolveEndpoints } from '../contracts-cli/src';
import { endOffsets, readArrivals } from './read-arrivals';
import { sampleEvents } from './sample-events';
import { localHmacSecret } from './local-secret';
import type { RunningService } from './service-process';
import { startService } from './service-process';

const say = (line: string): void => console.log(`[mesh] ${line}`);

/** `npm start`: one city node on the local default, proven end to end with sample events. */
async function main(options: { city: string; once: boolean }): Promise<void> {
  const { city } = options;
  const stackOpts = stackOptions();
  const node = (await up([city], stackOpts, say)).cities[city];
  if (!node) throw new Error(`${city} did not come up`);
  // Topics and the services' ACLs, applied as the city's provisioning principal.
  await applyTopics(resolveEndpoints({ city }), {}, (l) => say(`topics: ${l}`));
  await registerSchemas(provisioningRegistryOf(node), {}, (l) => say(`schemas: ${l}`));

  const services = await startCityServices(city, node, stackOpts);
  const [ingest] = services;
  if (!ingest) throw new Error('ingest did not start');
  const kafka = createKafka({ ...kafkaConnectionOf(node, 'admin', 'local-demo'), logLevel: logLevel.NOTHING });
  const raw = topicCatalog.safetyEventsRaw.name;
  const anonymised = topicCatalog.safetyEventsAnonymised.name;
  const [rawFrom, anonymisedFrom] = [await endOffsets(kafka, raw), await endOffsets(kafka, anonymised)];
  const events = sampleEvents(city, new Date());
  const response = await fetch(`${ingest.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...(await authHeaderFor(node, 'integrator')) }, body: JSON.stringify({ events }) });
  say(`POST /v1/events with ${events.length} events → ${response.status} ${await response.text()}`);
  if (response.status !== 202) throw new Error('ingest refused the sample events');
  for (const { partition, offset, key, value: v } of await readArrivals(kafka, node.registry.url, registryCredentialsOf(node, 'registry-privacy'), raw, rawFrom, events.length)) {
    say(`raw        [p${partition} @${offset}] ${key} ${String(v['category'])}/${String(v['subCategory'])} basis=${String((v['source'] as Record<string, unknown>)['legalBasis'])}`);
  }
  // Under the default policy gate only pseudonymised research crosses; a consent claim needs the ledger (ADR 0008).
  const shareable = events.filter((e) => String((e['source'] as Record<string, unknown>)['legalBasis']) === 'pseudonymisedResearch');
  for (const { key, value: v } of await readArrivals(kafka, node.registry.url, registryCredentialsOf(node, 'registry-privacy'), anonymised, anonymisedFrom, shareable.length)) {
    say(`anonymised ${key} h3=${String(v['h3Cell'])} bucket=${new Date(Number(v['occurredAtBucketStart'])).toISOString()} ageBand=${String(v['ageBand'])} reporter=${String(v['reporterPseudonym'])}`);
    say(`           description: ${String(v['description'])} attributes: ${JSON.stringify(v['attributes'])} district: ${String(v['district'])}`);
  }
  say(`${events.length - shareable.length} events stayed in ${city}: their legal basis does not allow AI training or cross-border sharing under the default policy (statute, public task), or needs the consent ledger (consent)`);
  if (!options.once) {
    say('city node running; Ctrl-C stops the services ("npm run stack -- down" stops the infrastructure)');
    await new Promise<void>((resolve) => process.once('SIGINT', resolve));
  }
  await stopCityServices(city, services, stackOpts);
  if (options.once) say('done; the infrastructure keeps running: "npm run stack -- down" stops it');
}

/** Starts ingest (as its own database role) and the privacy pipeline of a city as child processes; records them in stack.json. */
async function startCityServices(city: string, node: CityStack, stackOpts: StackOptions): Promise<RunningService[]> {
  const firstPort = portsOf(city, stackOpts.portBase).services;
  const common = { MESH_CITY: city, SCHEMA_REGISTRY_URL: node.registry.url };
  const log = (name: string) => join(stackOpts.paths.logs, `${city}-${name}.log`);
  const ingest = await startService('ingest', 'apps/ingest/src/main.ts', { ...common, ...kafkaEnvOf(node, 'ingest'), ...authEnvOf(node, 'ingest'), ...registryEnvOf(node, 'registry-ingest'), ...databaseEnvOf(node, 'ingest'), INGEST_PORT: String(firstPort) }, `http://127.0.0.1:${firstPort}`, log('ingest'));
  const privacy = await startService('privacy', 'apps/privacy/src/main.ts', {
    ...common,
    ...kafkaEnvOf(node, 'privacy'),
    ...authEnvOf(node, 'privacy'),
    ...registryEnvOf(node, 'registry-privacy'),
    PRIVACY_PORT: String(firstPort + 1),
    PRIVACY_POLICY_FILE: join(__dirname, '..', '..', 'libs', 'privacy', 'policies', 'default.yaml'),
    USM_PRIVACY_HMAC_SECRET: localHmacSecret(stackOpts.paths.state, city),
  }, `http://127.0.0.1:${firstPort + 1}`, log('privacy'));
  for (const service of [ingest, privacy]) {
    recordService(stackOpts.paths.stackFile, city, service.name, service.url);
    say(`${service.name} is up at ${service.url} (/health/ready and /metrics open, /docs with a token from npm run mesh -- token; logs in ${service.logFile})`);
  }
  return [ingest, privacy];
}

async function stopCityServices(city: string, services: readonly RunningService[], stackOpts: StackOptions): Promise<void> {
  for (const service of services) {
    await service.stop();
    recordService(stackOpts.paths.stackFile, city, service.name, undefined);
  }
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
