import { loadValueSchema, privacyTagsOf, shareableTopics, topicCatalog } from '../index';
import type { AvroRecordJson, AvroSchemaJson } from '../index';

function directFieldsOf(schema: AvroSchemaJson): string[] {
  return privacyTagsOf(schema).filter((tag) => tag.tag === 'direct').map((tag) => tag.path);
}

describe('shareable topics carry no direct identifier', () => {
  it.each(shareableTopics().map((topic) => [topic.name, topic] as const))('%s has no direct field', (_name, topic) => {
    expect(directFieldsOf(loadValueSchema(topic))).toEqual([]);
  });

  it('catches a direct field planted deep inside a shareable schema', () => {
    const schema = loadValueSchema(topicCatalog.safetyEventsAnonymised) as AvroRecordJson;
    const planted: AvroRecordJson = {
      ...schema,
      fields: [
        ...schema.fields,
        {
          name: 'witness',
          type: ['null', { type: 'record', name: 'Witness', fields: [{ name: 'phones', type: { type: 'array', items: 'string' }, privacy: 'direct' }] }],
          default: null,
        },
      ],
    };
    expect(directFieldsOf(planted)).toEqual(['witness.phones']);
  });

  it('sees the direct fields of the raw topic, which is why it stays in the city', () => {
    expect(directFieldsOf(loadValueSchema(topicCatalog.safetyEventsRaw))).toEqual([
      'description', 'reporter.name', 'reporter.phone', 'reporter.email', 'vehiclePlates', 'mediaLinks', 'deviceId',
    ]);
  });
});
