import { ContractError } from '@usm/errors';
import type { AvroNamedTypeJson } from './avro-schema-json';
import { inlineNamedTypes } from './inline-named-types';
import type { SchemaDirectory } from './schema-directory';

function directoryOf(...schemas: AvroNamedTypeJson[]): SchemaDirectory {
  const types = new Map(schemas.map((s) => [`${s.namespace}.${s.name}`, s] as const));
  return { dir: 'memory', types, files: new Map([...types.keys()].map((k) => [k, `${k}.avsc`])) };
}

const color: AvroNamedTypeJson = { type: 'enum', name: 'Color', namespace: 'a.shared', symbols: ['red'] };
const point: AvroNamedTypeJson = {
  type: 'record',
  name: 'Point',
  namespace: 'a.geo',
  fields: [{ name: 'x', type: 'double' }],
};

describe('inlineNamedTypes', () => {
  it('writes a referenced type out at first use and refers to it by full name afterwards', () => {
    const shape: AvroNamedTypeJson = {
      type: 'record',
      name: 'Shape',
      namespace: 'a.geo',
      fields: [
        { name: 'from', type: 'Point' },
        { name: 'to', type: ['null', 'a.geo.Point'], default: null },
        { name: 'fill', type: { type: 'array', items: 'a.shared.Color' } },
      ],
    };
    expect(inlineNamedTypes('a.geo.Shape', directoryOf(color, point, shape))).toEqual({
      ...shape,
      fields: [
        { name: 'from', type: point },
        { name: 'to', type: ['null', 'a.geo.Point'], default: null },
        { name: 'fill', type: { type: 'array', items: color } },
      ],
    });
  });

  it('gives nested definitions an explicit namespace so they keep it under another namespace', () => {
    const holder: AvroNamedTypeJson = {
      type: 'record',
      name: 'Holder',
      namespace: 'b.other',
      fields: [{ name: 'inner', type: { type: 'record', name: 'Inner', fields: [{ name: 'c', type: 'a.shared.Color' }] } }],
    };
    const inlined = inlineNamedTypes('b.other.Holder', directoryOf(color, holder));
    expect(JSON.stringify(inlined)).toContain('"name":"Inner","namespace":"b.other"');
    expect(JSON.stringify(inlined)).toContain('"name":"Color","namespace":"a.shared"');
  });

  it('names the referring field when a type is missing', () => {
    const broken: AvroNamedTypeJson = { type: 'record', name: 'Broken', namespace: 'a.geo', fields: [{ name: 'p', type: 'Nowhere' }] };
    expect(() => inlineNamedTypes('a.geo.Broken', directoryOf(broken))).toThrow(ContractError);
    expect(() => inlineNamedTypes('a.geo.Broken', directoryOf(broken))).toThrow(/a\.geo\.Broken\.p refers to a\.geo\.Nowhere/);
  });

  it('refuses a type defined twice in one schema', () => {
    const twice: AvroNamedTypeJson = {
      type: 'record',
      name: 'Twice',
      namespace: 'a.geo',
      fields: [
        { name: 'p', type: 'Point' },
        { name: 'q', type: { type: 'record', name: 'Point', fields: [] } },
      ],
    };
    expect(() => inlineNamedTypes('a.geo.Twice', directoryOf(point, twice))).toThrow(/a\.geo\.Point is declared twice/);
  });
});
