import type { Schema } from 'avsc';
import type { Admin, Kafka } from 'kafkajs';
import { Client } from 'pg';
import { loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import type { KafkaClientSecurity } from '@usm/messaging';
import { AvroCodec, SchemaRegistry, createKafka } from '@usm/messaging';
import { cityStack, kafkaConnectionOf, registryCredentialsOf, uniqueName, withinTime, withinTimeRetried } from '@usm/testing';
import type { LedgerTopics } from '../adapters/kafka/ledger-topics';

/** A database schema, topics and registry subjects of their own for one integration spec. */
export interface LedgerIntStack {
  readonly databaseUrl: string;
  readonly schema: string;
  readonly brokers: readonly string[];
  /** The provisioning principal's TLS trust and SCRAM login: ledger specs test the ledger, not ACLs. */
  readonly security: KafkaClientSecurity;
  readonly registryUrl: string;
  /** The realm client the ledger reads the registry as. */
  readonly registryCredentials: { readonly clientId: string; readonly secret: string };
  readonly topics: LedgerTopics;
  readonly kafka: Kafka;
  readonly codec: AvroCodec;
  drop(): Promise<void>;
}

/** Creates the schema and both topics, and registers the current envelope schemas under their subjects. */
export async function openLedgerIntStack(): Promise<LedgerIntStack> {
  const stack = cityStack('incheon');
  const schema = uniqueName('consent').replace(/-/g, '_');
  // Every step bounded and named, the idempotent ones tried again: a setup that hangs says where.
  await withinTimeRetried('ledger int stack: create the database schema', 30_000, 2, () => runSql(stack.database.url, `CREATE SCHEMA IF NOT EXISTS ${schema}`));
  const topics: LedgerTopics = { consentRecords: uniqueName('consent.records'), agreements: uniqueName('agreements') };
  const kafka = createKafka(kafkaConnectionOf(stack, 'admin', uniqueName('consent-int')));
  const admin: Admin = kafka.admin();
  await withinTime('ledger int stack: connect the Kafka admin', 30_000, admin.connect());
  await withinTimeRetried('ledger int stack: create the topics', 30_000, 2, () => admin.createTopics({ topics: [topics.consentRecords, topics.agreements].map((topic) => ({ topic, numPartitions: 3 })), waitForLeaders: true }));
  const registry = new SchemaRegistry({ url: stack.registry.url, credentials: registryCredentialsOf(stack, 'registry-provisioning') });
  for (const [topic, definition] of [[topics.consentRecords, topicCatalog.consentRecords], [topics.agreements, topicCatalog.agreements]] as const) {
    await withinTimeRetried(`ledger int stack: register ${subjectOf(topic)}`, 30_000, 2, () => registry.register(subjectOf(topic), loadValueSchema(definition) as Schema));
  }
  return {
    databaseUrl: stack.database.url,
    schema,
    brokers: stack.kafka.bootstrapServers,
    security: kafkaConnectionOf(stack, 'admin', 'consent-int').security,
    registryUrl: stack.registry.url,
    registryCredentials: registryCredentialsOf(stack, 'registry-consent'),
    topics,
    kafka,
    codec: new AvroCodec(registry),
    drop: async () => {
      await admin.deleteTopics({ topics: [topics.consentRecords, topics.agreements] }).catch(() => undefined);
      await admin.disconnect();
      await runSql(stack.database.url, `DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

async function runSql(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
