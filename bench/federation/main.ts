import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topicCatalog } from '@usm/contracts';
import type { CityStack } from '@usm/testing';
import { bindingsOf, grantAcls, meshProducerConfig, mirrorMakerGrants } from '@usm/messaging';
import { cityStack } from '@usm/testing';
import { renderMirrorMakerProperties, remoteTopicOf, singleBrokerSettings } from '@usm/federation';
import { configTopicOf } from '../../libs/federation/src/adapters/kafka/config-topic-sweeper';
import { MirrorMakerProcess } from '../../libs/federation/src/adapters/mirror-maker/mirror-maker-process';
import { mirrorMakerClasspath } from '../../libs/federation/src/testing/federation-test-node';
import { BenchClusters, encodedEvents } from './bench-clusters';
import { perSecond, say } from './bench-report';
import { measureSteadyLag } from './steady-lag';

const backlog = Number(process.env['BENCH_BACKLOG'] ?? 100_000);
const rate = Number(process.env['BENCH_RATE'] ?? 1_000);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 60);
const run = `bench-fed-${Date.now().toString(36)}`;
const topic = `${run}-${topicCatalog.safetyEventsAnonymised.name}`;
const remote = remoteTopicOf('incheon', topic);

/** MirrorMaker 2 incheon → barcelona, as the federation service runs it: catch-up of a backlog, then lag at a steady rate. */
async function main(): Promise<void> {
  const clusters = await new BenchClusters(cityStack('incheon'), cityStack('barcelona')).open();
  const mirrorMaker = new MirrorMakerProcess({ classpath: mirrorMakerClasspath(), workDir: mkdtempSync(join(tmpdir(), 'bench-federation-')), javaBin: 'java', jvmOptions: ['-Xms128M', '-Xmx512M'], stopGraceMs: 20_000, startTimeoutMs: 60_000 });
  let configTopic: string | undefined;
  try {
    const codec = await clusters.createSourceTopic(topic);
    const producer = clusters.source.producer(meshProducerConfig());
    await producer.connect();
    say('backlog', `encoding ${backlog} anonymised events for ${topic}`);
    const messages = await encodedEvents(codec, topic, backlog, 0);
    const produceStart = performance.now();
    for (let start = 0; start < messages.length; start += 1_000) {
      await producer.send({ topic, acks: -1, messages: messages.slice(start, start + 1_000) });
      if ((start / 1_000) % 20 === 0) say('backlog', `produced ${start + 1_000}/${backlog}`);
    }
    const produceMs = performance.now() - produceStart;
    say('backlog', `producer into incheon: ${perSecond(backlog, produceMs)} events/s (${backlog} in ${Math.round(produceMs)} ms)`);

    const clusterList = [clusterOf('incheon', clusters.sourceCity), clusterOf('barcelona', clusters.targetCity)];
    const flows = [{ source: 'incheon', target: 'barcelona', topics: [topic] }];
    // MirrorMaker 2 reads incheon as partner-barcelona and writes barcelona as mm2-incheon, as a federation flow does.
    await grantAcls(clusters.source, bindingsOf('partner-barcelona', [{ resource: 'topic', name: topic, pattern: 'literal', operations: ['read', 'describe', 'describe-configs'] }]));
    await grantAcls(clusters.target, bindingsOf('mm2-incheon', mirrorMakerGrants('incheon')));
    const properties = renderMirrorMakerProperties(clusterList, flows, singleBrokerSettings);
    configTopic = configTopicOf(properties);
    const startAt = performance.now();
    await mirrorMaker.apply({ flows, properties });
    const catchUp = await measureCatchUp(() => clusters.targetCount(remote), backlog, startAt);
    say('backlog', `MirrorMaker 2 start → first record ${Math.round(catchUp.firstMs)} ms; catch-up ${perSecond(catchUp.records, catchUp.copyMs)} events/s (${catchUp.records} records in ${Math.round(catchUp.copyMs)} ms after the first)`);

    const lag = await measureSteadyLag({ clusters, producer, codec, topic, remote, rate, seconds, from: backlog });
    await producer.disconnect();
    say('result', `backlog ${backlog}: producer into incheon ${perSecond(backlog, produceMs)} events/s; MirrorMaker 2 catch-up into barcelona ${perSecond(catchUp.records, catchUp.copyMs)} events/s; start → first record ${Math.round(catchUp.firstMs)} ms`);
    say('result', `steady ${rate} events/s for ${seconds} s: sent ${lag.sent} (${lag.achievedRate} events/s), received ${lag.received}; end-to-end lag p50 ${lag.p50} ms, p95 ${lag.p95} ms, p99 ${lag.p99} ms, max ${lag.max} ms`);
  } finally {
    await mirrorMaker.stop();
    await clusters.deleteTopics(run).catch(() => undefined);
    // The plan of a benchmark run is unique, so is its Connect config topic on barcelona.
    if (configTopic) await clusters.deleteTopics(configTopic).catch(() => undefined);
    await clusters.close();
  }
}

async function measureCatchUp(count: () => Promise<number>, target: number, startAt: number): Promise<{ firstMs: number; copyMs: number; records: number }> {
  let first: { at: number; count: number } | undefined;
  let lastPrint = performance.now();
  const deadline = performance.now() + 600_000;
  for (;;) {
    const copied = await count();
    const now = performance.now();
    if (copied > 0 && !first) first = { at: now, count: copied };
    if (copied >= target && first) return { firstMs: first.at - startAt, copyMs: now - first.at, records: copied - first.count };
    if (now > deadline) throw new Error(`catch-up: ${copied}/${target} after 10 minutes`);
    if (now - lastPrint >= 2_000) {
      say('backlog', `${copied}/${target} records at barcelona`);
      lastPrint = now;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:federation failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});

/** A city's cluster for MirrorMaker 2: its CA and the password files of the principals it issued. */
function clusterOf(alias: string, city: CityStack) {
  const passwordFiles = Object.fromEntries(Object.entries(city.kafka.security.principals).map(([name, ref]) => [name, ref.passwordFile]));
  return { alias, bootstrapServers: city.kafka.bootstrapServers, security: { caFile: city.kafka.security.caFile, passwordFiles } };
}
