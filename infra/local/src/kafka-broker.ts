import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import type { KafkaSecurity } from '@usm/testing';
import type { CityPorts } from './city-ports';
import { pollUntil } from './http-probe';
import { adminPrincipal } from './kafka-principals';
import type { KafkaSecretFiles } from './kafka-secrets';
import { brokerIdentityOf, ensureCityCertificates, ensurePassword } from './kafka-secrets';
import { assertPortFree, assertStillRunning, runningPid, startDetached } from './processes';

export interface BrokerLayout {
  readonly city: string;
  readonly ports: CityPorts;
  readonly dataDir: string;
  readonly configDir: string;
  readonly logFile: string;
  readonly pidFile: string;
}

/** The broker's TLS material (paths only; the keystore password is written into the 0600 server.properties). */
export interface BrokerTls {
  readonly keystore: string;
  readonly keystorePassword: string;
  readonly caFile: string;
}

/**
 * server.properties of a one-node KRaft cluster (combined broker and controller, static voter), secured:
 * clients only on SASL_SSL with SCRAM-SHA-512; the controller and the inter-broker listener accept only
 * mutual TLS with a certificate of the city's CA (the broker's own); the StandardAuthorizer denies
 * whatever no ACL allows, and only `admin` and the broker itself are super users.
 */
export function brokerProperties(layout: BrokerLayout, tls: BrokerTls): string {
  const { kafka, controller, internal } = layout.ports;
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controller}`,
    `listeners=SASL_SSL://127.0.0.1:${kafka},CONTROLLER://127.0.0.1:${controller},INTERNAL://127.0.0.1:${internal}`,
    `advertised.listeners=SASL_SSL://127.0.0.1:${kafka},INTERNAL://127.0.0.1:${internal}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=INTERNAL',
    'listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL,INTERNAL:SSL',
    // One TLS identity (CN=kafka-<city>, signed by the city's CA) for all three listeners.
    'ssl.keystore.type=PKCS12',
    `ssl.keystore.location=${tls.keystore}`,
    `ssl.keystore.password=${tls.keystorePassword}`,
    `ssl.key.password=${tls.keystorePassword}`,
    'ssl.truststore.type=PEM',
    `ssl.truststore.location=${tls.caFile}`,
    'listener.name.controller.ssl.client.auth=required',
    'listener.name.internal.ssl.client.auth=required',
    'sasl.enabled.mechanisms=SCRAM-SHA-512',
    'listener.name.sasl_ssl.sasl.enabled.mechanisms=SCRAM-SHA-512',
    'listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;',
    'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'allow.everyone.if.no.acl.found=false',
    `super.users=User:${adminPrincipal};User:CN=${brokerIdentityOf(layout.city)}`,
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

/** Client properties of `admin` over SASL_SSL, for Kafka's own tools (kafka-configs to add SCRAM users later). */
export function adminClientProperties(bootstrap: string, caFile: string, adminPassword: string): string {
  return [
    `bootstrap.servers=${bootstrap}`,
    'security.protocol=SASL_SSL',
    'sasl.mechanism=SCRAM-SHA-512',
    `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${adminPrincipal}" password="${adminPassword}";`,
    'ssl.truststore.type=PEM',
    `ssl.truststore.location=${caFile}`,
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

const run = promisify(execFile);

const scramOf = (user: string, password: string): string => `SCRAM-SHA-512=[name=${user},password=${password}]`;

/**
 * Formats the storage once (a formatted log dir keeps its cluster id across restarts), creating every SCRAM
 * user in the cluster's first metadata; returns false when it was formatted before.
 */
async function formatStorage(classpath: string, layout: BrokerLayout, propertiesFile: string, users: ReadonlyMap<string, string>): Promise<boolean> {
  if (existsSync(join(layout.dataDir, 'kafka', 'meta.properties'))) return false;
  const clusterId = randomBytes(16).toString('base64url');
  const scram = [...users].flatMap(([user, password]) => ['--add-scram', scramOf(user, password)]);
  // Asynchronous: a JVM start must not block the event loop while other cities' clients wait on timers.
  await run('java', ['-Xmx256m', '-cp', classpath, 'kafka.tools.StorageTool', 'format', `--cluster-id=${clusterId}`, '-c', propertiesFile, ...scram]);
  return true;
}

/** Adds SCRAM users to a running cluster with Kafka's own tooling (kafka-configs), as `admin`. */
async function addScramUsers(classpath: string, bootstrap: string, adminConfigFile: string, users: ReadonlyMap<string, string>): Promise<void> {
  for (const [user, password] of users) {
    await run('java', ['-Xmx128m', '-cp', classpath, 'kafka.admin.ConfigCommand', '--bootstrap-server', bootstrap, '--command-config', adminConfigFile,
      '--alter', '--entity-type', 'users', '--entity-name', user, '--add-config', `SCRAM-SHA-512=[password=${password}]`]);
  }
}

/** How a client of this repository connects to a city's broker as `principal`: SASL_SSL SCRAM-SHA-512 with the city's CA. */
export function kafkajsSecurityOf(security: KafkaSecurity, principal: string): { ssl: { ca: string[] }; sasl: { mechanism: 'scram-sha-512'; username: string; password: string } } {
  const ref = security.principals[principal];
  if (!ref) throw new Error(`No Kafka principal "${principal}" in this city (known: ${Object.keys(security.principals).join(', ')})`);
  return {
    ssl: { ca: [readFileSync(security.caFile, 'utf8')] },
    sasl: { mechanism: 'scram-sha-512', username: ref.username, password: readFileSync(ref.passwordFile, 'utf8').trim() },
  };
}

/** True when the broker answers metadata requests to `admin` over SASL_SSL. */
export async function brokerAnswers(bootstrap: string, security: KafkaSecurity): Promise<boolean> {
  let admin;
  try {
    admin = new Kafka({ brokers: [bootstrap], ...kafkajsSecurityOf(security, adminPrincipal), logLevel: logLevel.NOTHING, connectionTimeout: 1_000, retry: { retries: 0 } }).admin();
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0 && cluster.controller !== null;
  } catch {
    return false;
  } finally {
    await admin?.disconnect().catch(() => undefined);
  }
}

/** The stack.json description of a city's Kafka security (CA and one password file per principal). */
export function kafkaSecurityOf(secrets: KafkaSecretFiles, principals: readonly string[]): KafkaSecurity {
  return {
    protocol: 'SASL_SSL',
    mechanism: 'scram-sha-512',
    caFile: secrets.caFile,
    principals: Object.fromEntries(principals.map((p) => [p, { username: p, passwordFile: secrets.passwordFile(p) }])),
  };
}

/**
 * Starts the city's broker unless it already runs; resolves once it answers `admin`. Generates the city's CA,
 * the broker certificate and one password per principal on first use; principals new since the format are
 * added with kafka-configs.
 */
export async function startBroker(classpath: string, layout: BrokerLayout, heap: string, secrets: KafkaSecretFiles, principals: readonly string[]): Promise<{ pid: number; readyMs: number; security: KafkaSecurity }> {
  const bootstrap = `127.0.0.1:${layout.ports.kafka}`;
  const { keystorePassword } = ensureCityCertificates(secrets, layout.city);
  const passwords = new Map(principals.map((p) => [p, ensurePassword(secrets.passwordFile(p))] as const));
  const security = kafkaSecurityOf(secrets, principals);
  mkdirSync(layout.configDir, { recursive: true });
  const adminConfigFile = join(layout.configDir, 'admin-client.properties');
  writeFileSync(adminConfigFile, adminClientProperties(bootstrap, secrets.caFile, passwords.get(adminPrincipal)?.password ?? ''), { mode: 0o600 });
  const newUsers = new Map([...passwords].filter(([, p]) => p.created).map(([user, p]) => [user, p.password] as const));
  const existing = runningPid(layout.pidFile);
  if (existing !== undefined && (await brokerAnswers(bootstrap, security))) {
    if (newUsers.size > 0) await addScramUsers(classpath, bootstrap, adminConfigFile, newUsers);
    return { pid: existing, readyMs: 0, security };
  }
  await assertPortFree(layout.ports.kafka, `Kafka of ${layout.city}`, layout.pidFile);
  await assertPortFree(layout.ports.controller, `the KRaft controller of ${layout.city}`, layout.pidFile);
  await assertPortFree(layout.ports.internal, `the inter-broker listener of ${layout.city}`, layout.pidFile);
  const propertiesFile = join(layout.configDir, 'server.properties');
  const log4jFile = join(layout.configDir, 'log4j.properties');
  writeFileSync(propertiesFile, brokerProperties(layout, { keystore: secrets.brokerKeystore, keystorePassword, caFile: secrets.caFile }), { mode: 0o600 });
  chmodSync(propertiesFile, 0o600);
  writeFileSync(log4jFile, log4jProperties(layout.logFile));
  const formatted = await formatStorage(classpath, layout, propertiesFile, new Map([...passwords].map(([user, p]) => [user, p.password] as const)));
  const args = [...heap.split(' '), '-XX:+UseG1GC', '-Djava.awt.headless=true', `-Dlog4j.configuration=file:${log4jFile}`, '-cp', classpath, 'kafka.Kafka', propertiesFile];
  const started = startDetached('java', args, { logFile: `${layout.logFile}.out`, pidFile: layout.pidFile });
  const readyMs = await pollUntil(() => brokerAnswers(bootstrap, security), `Kafka of ${layout.city} on ${bootstrap}`, 90_000, layout.logFile);
  assertStillRunning(started.pid, `Kafka of ${layout.city}`, layout.logFile);
  if (!formatted && newUsers.size > 0) await addScramUsers(classpath, bootstrap, adminConfigFile, newUsers);
  return { pid: started.pid, readyMs, security };
}
