import type { AvroSchemaJson } from '@usm/contracts';
import type { TypeContext } from './ts-type-of';
import { tsTypeOf } from './ts-type-of';

const kinds: Readonly<Record<string, string>> = { 'a.Color': 'enum', 'a.Point': 'record', 'a.Line': 'record', 'a.Hash': 'fixed' };

function render(schema: AvroSchemaJson): { type: string; refs: string[] } {
  const ctx: TypeContext = { namespace: 'a', kindOf: (n) => kinds[n] ?? 'record', refs: new Set() };
  return { type: tsTypeOf(schema, ctx), refs: [...ctx.refs] };
}

describe('tsTypeOf', () => {
  it.each([
    ['string', 'string'],
    ['int', 'number'],
    ['long', 'number'],
    ['double', 'number'],
    ['boolean', 'boolean'],
    ['bytes', 'Buffer'],
    ['null', 'null'],
  ])('maps %s to %s', (avro, ts) => {
    expect(render(avro).type).toBe(ts);
  });

  it('maps timestamp-millis to number (avsc decodes without logical types)', () => {
    expect(render({ type: 'long', logicalType: 'timestamp-millis' }).type).toBe('number');
  });

  it('maps a nullable union to T | null', () => {
    expect(render(['null', 'string']).type).toBe('string | null');
    expect(render(['null', 'Point']).type).toBe('Point | null');
  });

  it('maps arrays and maps to readonly collections', () => {
    expect(render({ type: 'array', items: ['null', 'int'] }).type).toBe('ReadonlyArray<number | null>');
    expect(render({ type: 'map', values: 'a.Point' }).type).toBe('Readonly<Record<string, Point>>');
  });

  it('refers to named types by short name and records the reference', () => {
    expect(render({ type: 'array', items: 'Color' })).toEqual({ type: 'ReadonlyArray<Color>', refs: ['a.Color'] });
  });

  it('wraps a union whose branches avsc cannot tell apart, keyed by full name', () => {
    expect(render(['null', 'Point', 'Line']).type).toBe("{ readonly 'a.Point': Point } | { readonly 'a.Line': Line } | null");
    expect(render(['int', 'long']).type).toBe("{ readonly 'int': number } | { readonly 'long': number }");
  });

  it('knows an enum and a string share a bucket, but an enum and a record do not', () => {
    expect(render(['Color', 'string']).type).toBe("{ readonly 'a.Color': Color } | { readonly 'string': string }");
    expect(render(['Color', 'Point']).type).toBe('Color | Point');
    expect(render(['Hash', 'bytes']).type).toBe("{ readonly 'a.Hash': Hash } | { readonly 'bytes': Buffer }");
  });

  it('renders an inline named type as a reference to it', () => {
    expect(render({ type: 'record', name: 'Inner', fields: [] })).toEqual({ type: 'Inner', refs: ['a.Inner'] });
  });
});
