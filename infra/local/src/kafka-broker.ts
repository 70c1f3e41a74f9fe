import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import type { CityPorts } from './city-ports';
import { pollUntil } from './http-probe';
import { assertPortFree, assertStillRunning, runningPid, startDetached } from './processes';

export interface BrokerLayout {
  readonly city: string;
  readonly ports: CityPorts;
  readonly dataDir: string;
  readonly configDir: string;
  readonly logFile: string;
  readonly pidFile: string;
}

/** server.properties of a one-node KRaft cluster (combined broker and controller, static voter). */
export function brokerProperties(layout: BrokerLayout): string {
  const { kafka, controller } = layout.ports;
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controller}`,
    `listeners=PLAINTEXT://127.0.0.1:${kafka},CONTROLLER://127.0.0.1:${controller}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${kafka}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    `log.dirs=${join(layout.dataDir, 'kafka')}`,
    // One broker: every internal topic must live with a single replica.
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'offsets.topic.num.partitions=3',
    'transaction.state.log.num.partitions=3',
    'group.initial.rebalance.delay.ms=0',
    'num.partitions=1',
    'auto.create.topics.enable=false',
    'num.network.threads=2',
    'num.io.threads=4',
    '',
  ].join('\n');
}

function log4jProperties(logFile: string): string {
  return [
    'log4j.rootLogger=INFO, file',
    'log4j.appender.file=org.apache.log4j.FileAppender',
    `log4j.appender.file.File=${logFile}`,
    'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
    'log4j.logger.kafka.request.logger=WARN',
    'log4j.logger.state.change.logger=WARN',
    '',
  ].join('\n');
}

/** Formats the storage once (a formatted log dir keeps its cluster id across restarts). */
function formatStorage(classpath: string, layout: BrokerLayout, propertiesFile: string): void {
  if (existsSync(join(layout.dataDir, 'kafka', 'meta.properties'))) return;
  const clusterId = randomBytes(16).toString('base64url');
  execFileSync('java', ['-Xmx256m', '-cp', classpath, 'kafka.tools.StorageTool', 'format', `--cluster-id=${clusterId}`, '-c', propertiesFile], { stdio: 'pipe' });
}

/** True when the broker answers metadata requests. */
export async function brokerAnswers(bootstrap: string): Promise<boolean> {
  const admin = new Kafka({ brokers: [bootstrap], logLevel: logLevel.NOTHING, connectionTimeout: 1_000, retry: { retries: 0 } }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0 && cluster.controller !== null;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Starts the city's broker unless it already runs; resolves once it answers. */
export async function startBroker(classpath: string, layout: BrokerLayout, heap: string): Promise<{ pid: number; readyMs: number }> {
  const bootstrap = `127.0.0.1:${layout.ports.kafka}`;
  const existing = runningPid(layout.pidFile);
  if (existing !== undefined && (await brokerAnswers(bootstrap))) return { pid: existing, readyMs: 0 };
  await assertPortFree(layout.ports.kafka, `Kafka of ${layout.city}`, layout.pidFile);
  await assertPortFree(layout.ports.controller, `the KRaft controller of ${layout.city}`, layout.pidFile);
  mkdirSync(layout.configDir, { recursive: true });
  const propertiesFile = join(layout.configDir, 'server.properties');
  const log4jFile = join(layout.configDir, 'log4j.properties');
  writeFileSync(propertiesFile, brokerProperties(layout));
  writeFileSync(log4jFile, log4jProperties(layout.logFile));
  formatStorage(classpath, layout, propertiesFile);
  const args = [...heap.split(' '), '-XX:+UseG1GC', '-Djava.awt.headless=true', `-Dlog4j.configuration=file:${log4jFile}`, '-cp', classpath, 'kafka.Kafka', propertiesFile];
  const started = startDetached('java', args, { logFile: `${layout.logFile}.out`, pidFile: layout.pidFile });
  const readyMs = await pollUntil(() => brokerAnswers(bootstrap), `Kafka of ${layout.city} on ${bootstrap}`, 90_000, layout.logFile);
  assertStillRunning(started.pid, `Kafka of ${layout.city}`, layout.logFile);
  return { pid: started.pid, readyMs };
}
