import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderMirrorMakerProperties } from '@usm/federation';
import type { ReplicationFlow } from '@usm/federation';
import type { AclBinding } from '@usm/messaging';
import { aclEntryOf, bindingsOf, createKafka, mirrorMakerGrants, revokeAcls } from '@usm/messaging';
import type { CityStack, StackDescription } from '@usm/testing';
import { kafkaConnectionOf } from '@usm/testing';
import { kafkaClasspath } from './maven';
import { runningPid, startDetached, stopByPidFile } from './processes';
import type { StackOptions } from './stack-options';

const mainClass = 'org.apache.kafka.connect.mirror.MirrorMaker';

/** Parses `incheon>barcelona:safety.events.anonymised.v1,safety.labels.v1` into a flow. */
export function parseFlow(text: string): ReplicationFlow {
  const match = /^([a-z][a-z0-9-]*)>([a-z][a-z0-9-]*):(.+)$/.exec(text.trim());
  if (!match?.[1] || !match[2] || !match[3]) throw new Error(`Invalid flow "${text}": write <source>><target>:<topic>[,<topic>...], e.g. incheon>barcelona:safety.events.anonymised.v1`);
  return { source: match[1], target: match[2], topics: match[3].split(',').map((t) => t.trim()).filter(Boolean).sort() };
}

function files(options: StackOptions) {
  const dir = join(options.paths.state, 'mirror-maker');
  return { dir, properties: join(dir, 'mm2.properties'), log4j: join(dir, 'log4j.properties'), log: join(options.paths.logs, 'mirror-maker.log'), pid: join(options.paths.run, 'mirror-maker.pid') };
}

/**
 * The federation's generated MirrorMaker 2 configuration for hand-made flows between running cities (source
 * consumers read_committed, like every flow the federation service runs).
 */
export function mirrorMakerPropertiesFor(stack: StackDescription, flows: readonly ReplicationFlow[]): string {
  const aliases = [...new Set(flows.flatMap((f) => [f.source, f.target]))];
  const clusters = aliases.map((alias) => {
    const city = stack.cities[alias];
    if (!city) throw new Error(`City ${alias} is not running; start it with "npm run stack -- up --cities ${aliases.join(',')}"`);
    const { caFile, principals } = city.kafka.security;
    const passwordFiles = Object.fromEntries(Object.entries(principals).map(([name, ref]) => [name, ref.passwordFile]));
    return { alias, bootstrapServers: city.kafka.bootstrapServers, security: { caFile, passwordFiles } };
  });
  return renderMirrorMakerProperties(clusters, flows);
}

/**
 * The ACLs hand-made flows need (agreement-driven flows get theirs from the federation service): in each source,
 * `partner-<target>` reads and describes the flow's topics (MirrorMaker 2 copies their configs too); in each
 * target, `mm2-<source>` writes its prefix and internal topics (topics:apply keeps those in force as well).
 */
export function handMadeFlowAcls(flows: readonly ReplicationFlow[]): Map<string, AclBinding[]> {
  const byCity = new Map<string, AclBinding[]>();
  const add = (city: string, bindings: AclBinding[]) => byCity.set(city, [...(byCity.get(city) ?? []), ...bindings]);
  for (const flow of flows) {
    const reads = flow.topics.map((name) => ({ resource: 'topic' as const, name, pattern: 'literal' as const, operations: ['read', 'describe', 'describe-configs'] as const }));
    add(flow.source, bindingsOf(`partner-${flow.target}`, reads));
    add(flow.target, bindingsOf(`mm2-${flow.source}`, mirrorMakerGrants(flow.source)));
  }
  return byCity;
}

async function grantAcls(city: CityStack, bindings: readonly AclBinding[]): Promise<void> {
  const admin = createKafka(kafkaConnectionOf(city, 'admin', 'stack-mirror-acls')).admin();
  try {
    await admin.connect();
    await admin.createAcls({ acl: bindings.map(aclEntryOf) });
  } finally {
    await admin.disconnect();
  }
}

/**
 * Runs one dedicated MirrorMaker 2 for the given flows between running cities (replacing any earlier one),
 * with the federation's generated configuration; returns the stack with its replication recorded.
 */
export async function startMirrorMaker(stack: StackDescription, flows: readonly ReplicationFlow[], options: StackOptions): Promise<StackDescription> {
  const properties = mirrorMakerPropertiesFor(stack, flows);
  // The flows of the MirrorMaker 2 this one replaces lose their partner rules first; the new flows get theirs again.
  await revokePartnerReads(stack);
  for (const [city, bindings] of handMadeFlowAcls(flows)) {
    const running = stack.cities[city];
    if (running && bindings.length > 0) await grantAcls(running, bindings);
  }
  const f = files(options);
  await stopByPidFile(f.pid);
  mkdirSync(f.dir, { recursive: true, mode: 0o700 });
  // The properties carry SASL passwords inline: readable by this user only, also when an earlier run wrote the file.
  writeFileSync(f.properties, properties, { mode: 0o600 });
  chmodSync(f.properties, 0o600);
  writeFileSync(f.log4j, ['log4j.rootLogger=INFO, file', 'log4j.appender.file=org.apache.log4j.FileAppender', `log4j.appender.file.File=${f.log}`, 'log4j.appender.file.layout=org.apache.log4j.PatternLayout', 'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n', ''].join('\n'));
  const args = ['-Xms64m', '-Xmx384m', `-Dlog4j.configuration=file:${f.log4j}`, '-cp', kafkaClasspath(options.paths.cache), mainClass, f.properties];
  const started = startDetached('java', args, { logFile: `${f.log}.out`, pidFile: f.pid });
  return { ...stack, replication: { flows, pid: started.pid, logFile: f.log } };
}

/**
 * Stops the stack's MirrorMaker 2, if one runs, and forgets its flows. The partner read rules the flows were given
 * go with them: a partner keeps no access to a city's topics once no flow (and no agreement) needs it. The
 * `mm2-<source>` rules stay, as topics:apply keeps them in force anyway.
 */
export async function stopMirrorMaker(stack: StackDescription, options: StackOptions): Promise<StackDescription> {
  await stopByPidFile(files(options).pid);
  await revokePartnerReads(stack);
  return { ...stack, replication: { flows: [] } };
}

async function revokePartnerReads(stack: StackDescription): Promise<void> {
  for (const [city, bindings] of partnerReadsOf(stack.replication.flows)) {
    const running = stack.cities[city];
    if (running && bindings.length > 0) await revokeAcls(createKafka(kafkaConnectionOf(running, 'admin', 'stack-mirror-acls')), bindings);
  }
}

/** The `partner-<target>` read rules of hand-made flows, per source city. */
function partnerReadsOf(flows: readonly ReplicationFlow[]): Map<string, AclBinding[]> {
  const byCity = new Map<string, AclBinding[]>();
  for (const [city, bindings] of handMadeFlowAcls(flows)) byCity.set(city, bindings.filter((b) => b.principal.startsWith('partner-')));
  return byCity;
}

export function mirrorMakerRuns(options: StackOptions): boolean {
  return runningPid(files(options).pid) !== undefined;
}
