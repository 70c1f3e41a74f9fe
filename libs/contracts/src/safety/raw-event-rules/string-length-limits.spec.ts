import fc from 'fast-check';
import type { AvroSchemaJson } from '../../schemas/avro-schema-json';
import { topicCatalog } from '../../catalog/topic-catalog';
import { loadValueSchema } from '../../schemas/load-value-schema';
import { stringLengthLimitsOf } from './string-length-limits';
import { stringLengthViolations } from './string-length-limits-check';

const schema = {
  type: 'record',
  name: 'Sample',
  fields: [
    { name: 'code', type: 'string', maxLength: 3 },
    { name: 'free', type: 'string' },
    { name: 'tags', type: { type: 'array', items: 'string' }, maxLength: 2 },
    { name: 'inner', type: ['null', { type: 'record', name: 'Inner', fields: [{ name: 'word', type: ['null', 'string'], maxLength: 4 }] }] },
  ],
} as unknown as AvroSchemaJson;

describe('string length limits from the schema', () => {
  it('reads maxLength and maxKeyLength of every string field of RawSafetyEvent', () => {
    const limits = stringLengthLimitsOf(loadValueSchema(topicCatalog.safetyEventsRaw));
    expect([...limits.fields.keys()]).toEqual([
      'eventId', 'city', 'source', 'subCategory', 'address', 'description', 'reporter', 'vehiclePlates', 'mediaLinks', 'deviceId', 'attributes',
    ]);
    expect(limits.fields.get('attributes')).toEqual({ maxLength: 1000, maxKeyLength: 64 });
    expect([...(limits.fields.get('reporter')?.nested?.fields.keys() ?? [])]).toEqual(['name', 'phone', 'email']);
  });

  it('caches the limits per schema object', () => {
    expect(stringLengthLimitsOf(schema)).toBe(stringLengthLimitsOf(schema));
  });

  it('reports exactly the strings over their limit, nested and in arrays', () => {
    const limits = stringLengthLimitsOf(schema);
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 4 }), fc.option(fc.string()), (code, tags, word) => {
        const fields = stringLengthViolations({ code, free: code.repeat(50), tags, inner: { word } }, limits).map((violation) => violation.field);
        const expected = [
          ...(code.length > 3 ? ['code'] : []),
          ...tags.flatMap((tag, index) => (tag.length > 2 ? [`tags[${index}]`] : [])),
          ...(word !== null && word.length > 4 ? ['inner.word'] : []),
        ];
        expect(fields).toEqual(expected);
      }),
    );
  });
});
