import type { AvroSchemaJson } from '../schemas/avro-schema-json';
import { privacyTagsOf } from './privacy-tags';

const person: AvroSchemaJson = {
  type: 'record',
  name: 'Person',
  namespace: 'test.people',
  fields: [
    { name: 'name', type: 'string', privacy: 'direct' },
    { name: 'age', type: ['null', 'int'], default: null, privacy: 'quasi' },
    { name: 'note', type: 'string' },
  ],
};

describe('privacyTagsOf', () => {
  it('lists tagged top-level fields and skips untagged ones', () => {
    expect(privacyTagsOf(person)).toEqual([
      { path: 'name', tag: 'direct' },
      { path: 'age', tag: 'quasi' },
    ]);
  });

  it('walks into records inside unions, arrays and maps, dotting the path', () => {
    const schema: AvroSchemaJson = {
      type: 'record',
      name: 'Case',
      namespace: 'test.people',
      fields: [
        { name: 'reporter', type: ['null', person], default: null },
        { name: 'witnesses', type: { type: 'array', items: 'Person' } },
        { name: 'byRole', type: { type: 'map', values: 'test.people.Person' }, privacy: 'quasi' },
      ],
    };
    expect(privacyTagsOf(schema)).toEqual([
      { path: 'reporter.name', tag: 'direct' },
      { path: 'reporter.age', tag: 'quasi' },
      { path: 'witnesses.name', tag: 'direct' },
      { path: 'witnesses.age', tag: 'quasi' },
      { path: 'byRole', tag: 'quasi' },
      { path: 'byRole.name', tag: 'direct' },
      { path: 'byRole.age', tag: 'quasi' },
    ]);
  });

  it('lists a path shared by several union branches once', () => {
    const branch = (name: string): AvroSchemaJson => ({ type: 'record', name, fields: [{ name: 'subjectId', type: 'string', privacy: 'quasi' }] });
    const envelope: AvroSchemaJson = { type: 'record', name: 'Envelope', fields: [{ name: 'data', type: [branch('A'), branch('B')] }] };
    expect(privacyTagsOf(envelope)).toEqual([{ path: 'data.subjectId', tag: 'quasi' }]);
  });

  it('stops at recursive references', () => {
    const node: AvroSchemaJson = {
      type: 'record',
      name: 'Node',
      fields: [
        { name: 'label', type: 'string', privacy: 'quasi' },
        { name: 'next', type: ['null', 'Node'], default: null },
      ],
    };
    expect(privacyTagsOf(node)).toEqual([{ path: 'label', tag: 'quasi' }]);
  });

  it('finds nothing in a primitive or an enum', () => {
    expect(privacyTagsOf('string')).toEqual([]);
    expect(privacyTagsOf({ type: 'enum', name: 'E', symbols: ['a'] })).toEqual([]);
  });
});
