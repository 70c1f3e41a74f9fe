import { dlqTopicOf } from '../catalog/topic-names';
import type { KeyKind, TopicDefinition } from '../catalog/topic-definition';
import type { AvroSchemaJson } from '../schemas/avro-schema-json';

/** Schema format of every payload: the registry's Avro contracts, verbatim. */
export const avroSchemaFormat = 'application/vnd.apache.avro+json;version=1.9.0';

/** What the document is generated from; a pure input so the CLI and every node produce the same document. */
export interface AsyncApiInput {
  readonly topics: readonly TopicDefinition[];
  /** Self-contained Avro value schema of a topic (named types inlined), so the document needs no external $ref. */
  readonly valueSchemaOf: (topic: TopicDefinition) => AvroSchemaJson;
  readonly version: string;
}

type Json = Record<string, unknown>;

// Header names are the conventions of libs/messaging (dead letters) and libs/privacy (quarantine); the
// contracts library sits below both, so they are written here and kept in step by their specs.
const deadLetterHeaders: Readonly<Record<string, string>> = {
  'mesh.dlq.reason': 'Human-readable reason (never personal data), e.g. the field and the rule it broke.',
  'mesh.dlq.code': 'Stable error code, e.g. `MESSAGING.WRONG_MAGIC_BYTE`.',
  'mesh.dlq.source-topic': 'Topic (or adapter, e.g. `mqtt`) the record came from.',
  'mesh.dlq.source-partition': 'Partition it was read from, in decimal.',
  'mesh.dlq.source-offset': 'Offset in that partition, in decimal.',
  'mesh.dlq.failed-at': 'When it was dead-lettered, ISO-8601 UTC.',
  'mesh.dlq.schema-id': 'Writer schema id the error names, in decimal; absent otherwise.',
};

const quarantineHeaders: Readonly<Record<string, string>> = {
  'mesh.quarantine.kinds': 'Detector kinds that hit, sorted and comma-separated, e.g. `name,phone`; never the value.',
  'mesh.quarantine.fields': 'Top-level schema fields they hit in, e.g. `attributes,description`.',
};

const keyDescriptions: Readonly<Record<KeyKind, string>> = {
  'event-id': 'UTF-8 eventId of the safety event: all records of one event stay in one partition.',
  'aggregate-id': 'UTF-8 id of the aggregate (event-sourced stream): one aggregate\'s events stay in order.',
  'notice-id': 'UTF-8 id of the notice (a UUID derived from the event it answers, never from a person): a replayed notice keeps its key.',
};

const onKafka = [{ $ref: '#/servers/kafka' }];
const idOf = (topic: TopicDefinition): string => topic.name.replace(/[^A-Za-z0-9]+/g, '-');
const isQuarantine = (topic: TopicDefinition): boolean => topic.name.includes('.quarantine.');

function headersSchema(headers: Readonly<Record<string, string>>, required: readonly string[]): Json {
  const properties = Object.fromEntries(Object.entries(headers).map(([name, description]) => [name, { type: 'string', description }]));
  return { type: 'object', properties, required: [...required] };
}

function kafkaChannelBinding(topic: TopicDefinition, name: string, partitions: number, retentionMs: number): Json {
  return {
    kafka: {
      topic: name,
      partitions,
      topicConfiguration: { 'cleanup.policy': [topic.cleanupPolicy], 'retention.ms': retentionMs },
      bindingVersion: '0.5.0',
    },
  };
}

function recordMessage(topic: TopicDefinition): Json {
  return {
    name: topic.valueSchema,
    title: `${topic.valueSchema} on ${topic.name}`,
    contentType: 'application/octet-stream',
    summary: `Confluent wire format (magic byte 0, 4-byte registry schema id, Avro binary) of ${topic.valueSchema}.`,
    payload: { $ref: `#/components/schemas/${topic.valueSchema}` },
    ...(isQuarantine(topic) ? { headers: headersSchema(quarantineHeaders, Object.keys(quarantineHeaders)) } : {}),
    bindings: {
      kafka: {
        key: { type: 'string', description: keyDescriptions[topic.key], 'x-usm-key-kind': topic.key },
        schemaIdLocation: 'payload',
        schemaIdPayloadEncoding: 'confluent',
        schemaLookupStrategy: 'TopicIdStrategy',
        bindingVersion: '0.5.0',
      },
    },
  };
}

function deadLetterMessage(topic: TopicDefinition): Json {
  return {
    name: `${topic.valueSchema}.DeadLetter`,
    title: `Dead letter of ${topic.name}`,
    contentType: 'application/octet-stream',
    summary: 'The original key and value bytes, unchanged (they may not decode); the reason in headers.',
    payload: { type: 'string', format: 'binary', description: `Original value bytes as sent to ${topic.name}.` },
    headers: headersSchema(deadLetterHeaders, ['mesh.dlq.reason', 'mesh.dlq.code', 'mesh.dlq.source-topic', 'mesh.dlq.failed-at']),
    bindings: { kafka: { key: { type: 'string', description: `The original key: ${keyDescriptions[topic.key]}` }, bindingVersion: '0.5.0' } },
  };
}

interface TopicParts {
  readonly channels: Json;
  readonly operations: Json;
  readonly messages: Json;
}

function partsOf(topic: TopicDefinition): TopicParts {
  const id = idOf(topic);
  const dlq = dlqTopicOf(topic.name);
  const dlqId = `${id}-dlq`;
  const tags = [{ name: topic.shareable ? 'shareable' : 'local' }, ...(isQuarantine(topic) ? [{ name: 'quarantine' }] : [])];
  const channels: Json = {
    [id]: {
      address: topic.name,
      title: topic.name,
      description: topic.doc,
      messages: { record: { $ref: `#/components/messages/${id}` } },
      servers: onKafka,
      tags,
      'x-usm-shareable': topic.shareable,
      'x-usm-key-kind': topic.key,
      'x-usm-dead-letter-topic': dlq,
      bindings: kafkaChannelBinding(topic, topic.name, topic.partitions, topic.retentionMs),
    },
    [dlqId]: {
      address: dlq,
      title: dlq,
      description: `Dead letters of ${topic.name}: records that could not be processed, original bytes with the reason in headers. One partition, kept at most 14 days (never longer than the topic). Never shared.`,
      messages: { deadLetter: { $ref: `#/components/messages/${dlqId}` } },
      servers: onKafka,
      tags: [{ name: 'local' }, { name: 'dead-letter' }],
      'x-usm-shareable': false,
      bindings: kafkaChannelBinding(topic, dlq, 1, topic.retentionMs === -1 ? 14 * 86_400_000 : Math.min(topic.retentionMs, 14 * 86_400_000)),
    },
  };
  const operations: Json = {
    [`consume-${id}`]: {
      action: 'receive',
      title: `Consume ${topic.name}`,
      channel: { $ref: `#/channels/${id}` },
      messages: [{ $ref: `#/channels/${id}/messages/record` }],
    },
  };
  const messages: Json = { [id]: recordMessage(topic), [dlqId]: deadLetterMessage(topic) };
  if (!topic.shareable) return { channels, operations, messages };
  const remoteId = `${id}-from-partner`;
  channels[remoteId] = {
    address: `{sourceCity}.${topic.name}`,
    title: `<city>.${topic.name}`,
    description: `${topic.name} replicated from a partner city with an active agreement (MirrorMaker 2 DefaultReplicationPolicy: \`<source city>.<topic>\`). Read-only here; same key and contract.`,
    parameters: { sourceCity: { description: 'Id of the partner city the records come from, e.g. `barcelona`.' } },
    messages: { record: { $ref: `#/components/messages/${id}` } },
    servers: onKafka,
    tags: [{ name: 'shareable' }, { name: 'replicated' }],
    'x-usm-shareable': true,
    'x-usm-replicated-from': topic.name,
  };
  operations[`consume-${remoteId}`] = {
    action: 'receive',
    title: `Consume ${topic.name} replicated from a partner`,
    channel: { $ref: `#/channels/${remoteId}` },
    messages: [{ $ref: `#/channels/${remoteId}/messages/record` }],
  };
  return { channels, operations, messages };
}

const description = [
  'Kafka topics of one Urban Safety Mesh city node, generated from the topic catalog and the Avro contracts.',
  '',
  '- Keys are UTF-8 strings (`x-usm-key-kind`: `event-id` or `aggregate-id`); values use the Confluent wire format with schemas from the city registry (subject `<topic>-value`).',
  '- `x-usm-shareable: true` (tag `shareable`) marks the only topics whose records may leave the city, to partners with an active agreement; they arrive there as `<source city>.<topic>`.',
  '- Every topic has a dead-letter topic `<topic>.dlq`: original key and bytes, the reason in `mesh.dlq.*` headers (never personal data). Never shared.',
  '- Anonymised events the egress guard stops go to `safety.events.quarantine.v1` with the detector kinds and fields in `mesh.quarantine.*` headers, never the value. Never shared.',
  '- Every client authenticates: SASL SCRAM-SHA-512 over TLS to Kafka with per-service ACLs; OAuth2 client credentials to the registry.',
].join('\n');

/** The AsyncAPI 3.0 document of a city node's topics: a pure function of the catalog and the contracts. */
export function asyncApiDocument(input: AsyncApiInput): Json {
  const parts = input.topics.map(partsOf);
  const merge = (pick: (p: TopicParts) => Json): Json => Object.assign({}, ...parts.map(pick)) as Json;
  const schemas = Object.fromEntries(
    input.topics.map((topic) => [topic.valueSchema, { schemaFormat: avroSchemaFormat, schema: input.valueSchemaOf(topic) }]),
  );
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Urban Safety Mesh city node topics',
      version: input.version,
      description,
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
      tags: [
        { name: 'shareable', description: 'Records may be replicated to partner cities with an active agreement.' },
        { name: 'local', description: 'Records never leave the city.' },
        { name: 'dead-letter', description: '`<topic>.dlq`: records that could not be processed, reason in `mesh.dlq.*` headers.' },
        { name: 'quarantine', description: 'Records the egress guard stopped; detector kinds in `mesh.quarantine.*` headers.' },
        { name: 'replicated', description: 'A partner\'s shareable topic as replicated here, `<source city>.<topic>`.' },
      ],
    },
    servers: {
      kafka: {
        host: '{bootstrap}',
        protocol: 'kafka-secure',
        description: 'The city\'s Kafka cluster (KRaft). TLS, SASL SCRAM-SHA-512; each principal holds only the ACLs its service needs.',
        variables: { bootstrap: { default: 'kafka.city.example:9093', description: 'Bootstrap server of the city\'s cluster.' } },
        security: [{ $ref: '#/components/securitySchemes/kafkaScram' }],
        bindings: { kafka: { schemaRegistryUrl: 'https://registry.city.example/apis/ccompat/v7', schemaRegistryVendor: 'apicurio', bindingVersion: '0.5.0' } },
      },
      registry: {
        host: 'registry.city.example',
        pathname: '/apis/ccompat/v7',
        protocol: 'https',
        description: 'The city\'s schema registry (Confluent-compatible API): subjects `<topic>-value`.',
        security: [{ $ref: '#/components/securitySchemes/registryOAuth' }],
      },
    },
    defaultContentType: 'application/octet-stream',
    channels: merge((p) => p.channels),
    operations: merge((p) => p.operations),
    components: {
      schemas,
      messages: merge((p) => p.messages),
      securitySchemes: {
        kafkaScram: { type: 'scramSha512', description: 'SASL SCRAM-SHA-512 over TLS; one Kafka user per service and city.' },
        registryOAuth: {
          type: 'oauth2',
          description: 'The schema registry accepts bearer tokens from the city\'s identity provider, obtained with client credentials.',
          flows: { clientCredentials: { tokenUrl: 'https://id.city.example/realms/city/protocol/openid-connect/token', availableScopes: {} } },
        },
      },
    },
  };
}
