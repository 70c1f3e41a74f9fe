import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { AgreementEvent, TopicDefinition } from '@usm/contracts';
import { loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import { AvroCodec, AvroPublisher, SchemaRegistry, bindingsOf, createKafka, grantAcls, produces, reads, revokeAcls } from '@usm/messaging';
import type { CityStack } from '@usm/testing';
import { cityStack, kafkaConnectionOf, registryCredentialsOf } from '@usm/testing';
import type { Kafka } from 'kafkajs';

export const adminKafkaOf = (city: string): Kafka => createKafka(kafkaConnectionOf(cityStack(city), 'admin', `${city}-datasets-spec`));

/**
 * A city's catalog topics under a test prefix, their value schemas registered, and the datasets principal's grants
 * on them; resolves with the function that revokes exactly those grants (call it in afterAll, also after a failure).
 * Its consumer groups (`<city>-datasets…`) are topics:apply's rule, so they are neither granted nor revoked here.
 */
export async function prepareTopics(city: string, prefix: string, topics: readonly TopicDefinition[], partnerCopies: readonly string[] = []): Promise<() => Promise<void>> {
  const stack = cityStack(city);
  const admin = adminKafkaOf(city).admin();
  await admin.connect();
  try {
    await admin.createTopics({ waitForLeaders: true, topics: topics.map((t) => ({ topic: `${prefix}${t.name}`, numPartitions: t.partitions, replicationFactor: 1 })) });
  } finally {
    await admin.disconnect();
  }
  const grants = [
    ...topics.filter((t) => t.name !== topicCatalog.datasetReleases.name).map((t) => reads(`${prefix}${t.name}`)),
    ...partnerCopies.map((topic) => reads(topic)),
    produces(`${prefix}${topicCatalog.datasetReleases.name}`),
  ];
  const registry = new SchemaRegistry({ url: stack.registry.url, credentials: registryCredentialsOf(stack, 'registry-provisioning') });
  for (const topic of topics) await registry.register(subjectOf(`${prefix}${topic.name}`), loadValueSchema(topic) as never);
  const bindings = bindingsOf('datasets', grants);
  const added = await grantAcls(adminKafkaOf(city), bindings);
  return () => revokeAcls(adminKafkaOf(city), added);
}

/** Publishes Avro records to a city's topic through the mesh publisher (as the provisioning admin). */
export async function publish<T>(city: CityStack, topic: string, records: readonly { key: string; value: T }[]): Promise<void> {
  const publisher = new AvroPublisher(adminKafkaOf(city.city), new AvroCodec(new SchemaRegistry({ url: city.registry.url, credentials: registryCredentialsOf(city, 'registry-provisioning') })));
  await publisher.connect();
  try {
    for (let i = 0; i < records.length; i += 500) await publisher.publish(topic, records.slice(i, i + 500));
  } finally {
    await publisher.disconnect();
  }
}

/** `npm run stack -- mirror|unmirror`: the stack's MirrorMaker 2 (from Maven Central) for a flow, as an operator runs it. */
export function stackCommand(args: readonly string[]): Promise<string> {
  const root = join(__dirname, '..', '..', '..', '..');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'infra', 'local', 'src', 'cli.ts'), ...args], { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout.on('data', (c: Buffer) => output.push(c.toString()));
    child.stderr.on('data', (c: Buffer) => output.push(c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(output.join('')) : reject(new Error(`stack ${args.join(' ')} exited ${code}: ${output.join('')}`))));
  });
}

/** An agreement in force with a company, as the ledger writes it to agreements.v1. */
export function companyAgreementEvents(agreementId: string, companyId: string, topics: readonly string[], purposes: readonly string[], at: number): AgreementEvent[] {
  const types = ['AgreementDrafted', 'AgreementProposed', 'AgreementSigned', 'AgreementSigned', 'AgreementActivated'] as const;
  const data = [
    { agreementId, partner: { partnerId: companyId, name: `${companyId} Ltd`, kind: 'company' }, topics: [...topics], purposes: [...purposes], partnerRetentionDays: 30, validity: { validFrom: at - 60_000, validUntil: null }, draftedBy: 'officer-1' },
    { agreementId, proposedBy: 'officer-1', proposedAt: at },
    { agreementId, party: 'city', signatoryId: 'signatory-city', signedAt: at },
    { agreementId, party: 'partner', signatoryId: 'signatory-partner', signedAt: at },
    { agreementId, activatedAt: at },
  ];
  return types.map((type, i) => ({
    type,
    data: { [`mesh.agreements.${type}`]: data[i] },
    metadata: { eventId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, aggregateId: agreementId, aggregateVersion: i + 1, occurredAt: at, commandId: `cmd-${agreementId}-${i + 1}`, causationId: null, correlationId: null },
  })) as unknown as AgreementEvent[];
}
