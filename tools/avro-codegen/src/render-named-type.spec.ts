import { renderNamedType } from './render-named-type';

const ctx = { kindOf: () => 'record', refs: new Set<string>() };

describe('renderNamedType', () => {
  it('renders a record as a readonly interface with the field docs, logical type and privacy tag as TSDoc', () => {
    const source = renderNamedType(
      {
        fullName: 'a.Person',
        schema: {
          type: 'record',
          name: 'Person',
          namespace: 'a',
          doc: 'Someone.',
          fields: [
            { name: 'phone', type: ['null', 'string'], default: null, doc: 'Phone number.', privacy: 'direct' },
            { name: 'seenAt', type: { type: 'long', logicalType: 'timestamp-millis' }, doc: 'When seen.' },
            { name: 'tags', type: { type: 'array', items: 'string' } },
          ],
        },
      },
      ctx,
    );
    expect(source).toBe(
      [
        '/**',
        ' * Someone.',
        ' * Avro: `a.Person`.',
        ' */',
        'export interface Person {',
        '  /**',
        '   * Phone number.',
        '   * @privacy direct',
        '   */',
        '  readonly phone: string | null;',
        '  /**',
        '   * When seen.',
        '   * Avro logical type: timestamp-millis.',
        '   */',
        '  readonly seenAt: number;',
        '  readonly tags: ReadonlyArray<string>;',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('renders an enum as a const array of symbols and a string-literal union', () => {
    const source = renderNamedType({ fullName: 'a.Color', schema: { type: 'enum', name: 'Color', symbols: ['red', 'green'] } }, ctx);
    expect(source).toContain("export const colorSymbols = [\n  'red',\n  'green',\n] as const;");
    expect(source).toContain('export type Color = (typeof colorSymbols)[number];');
  });

  it('escapes a comment terminator inside a doc', () => {
    const source = renderNamedType({ fullName: 'a.F', schema: { type: 'fixed', name: 'F', size: 4, doc: 'ends */ here' } }, ctx);
    expect(source).toContain('ends *\\/ here');
  });
});
