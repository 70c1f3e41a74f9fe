import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { Parser } from '@asyncapi/parser';
import { allTopics, shareableTopics } from '../catalog/topic-lookup';
import { avroSchemaFormat } from './asyncapi-document';
import { workspaceAsyncApi } from './workspace-asyncapi';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const document = workspaceAsyncApi() as Json;

describe('AsyncAPI document of the catalog', () => {
  it('validates with @asyncapi/parser (Avro payloads included) without a single error', async () => {
    const parser = new Parser();
    parser.registerSchemaParser(AvroSchemaParser());
    const { diagnostics, document: parsed } = await parser.parse(JSON.stringify(document));
    // Severity 0 is an error; warnings (style hints) do not make the document invalid.
    expect(diagnostics.filter((d) => d.severity === 0)).toEqual([]);
    expect(parsed?.version()).toBe('3.0.0');
  });

  it('has one channel per catalog topic addressed by its name, and its dead-letter topic', () => {
    const addresses = Object.values(document.channels as Json).map((c: Json) => c.address as string);
    for (const topic of allTopics()) {
      expect(addresses).toContain(topic.name);
      expect(addresses).toContain(`${topic.name}.dlq`);
    }
  });

  it('marks exactly the shareable topics and describes their replicas on partners as <city>.<topic>', () => {
    const channels = Object.values(document.channels as Json) as Json[];
    const shared = channels.filter((c) => c['x-usm-shareable'] === true && !c['x-usm-replicated-from']).map((c) => c.address as string);
    expect(shared.sort()).toEqual(shareableTopics().map((t) => t.name).sort());
    const replicas = channels.filter((c) => c['x-usm-replicated-from']).map((c) => c.address as string);
    expect(replicas.sort()).toEqual(shareableTopics().map((t) => `{sourceCity}.${t.name}`).sort());
  });

  it('carries Avro payloads, keys as message bindings and the dead-letter reason headers', () => {
    const raw = (document.components as Json).messages['safety-events-raw-v1'] as Json;
    expect(raw.payload).toEqual({ $ref: '#/components/schemas/mesh.safety.RawSafetyEvent' });
    const schema = (document.components as Json).schemas['mesh.safety.RawSafetyEvent'] as Json;
    expect(schema.schemaFormat).toBe(avroSchemaFormat);
    expect(schema.schema.name).toBe('RawSafetyEvent');
    expect(raw.bindings.kafka.key['x-usm-key-kind']).toBe('event-id');
    const dlq = (document.components as Json).messages['safety-events-raw-v1-dlq'] as Json;
    expect(dlq.headers.required).toContain('mesh.dlq.reason');
    const quarantine = (document.components as Json).messages['safety-events-quarantine-v1'] as Json;
    expect(Object.keys(quarantine.headers.properties)).toEqual(['mesh.quarantine.kinds', 'mesh.quarantine.fields']);
  });

  it('declares SCRAM-SHA-512 for Kafka and OAuth2 client credentials for the registry', () => {
    const schemes = (document.components as Json).securitySchemes as Json;
    expect(schemes.kafkaScram.type).toBe('scramSha512');
    expect(schemes.registryOAuth.flows.clientCredentials.tokenUrl).toMatch(/token$/);
    expect(document.servers.kafka.protocol).toBe('kafka-secure');
  });
});
