import type { AvroNamedTypeJson, SchemaDirectory } from '@usm/contracts';
import { generateContractTypes, outputPathOf } from './generate-contract-types';

function directoryOf(files: Record<string, AvroNamedTypeJson>): SchemaDirectory {
  const entries = Object.entries(files).map(([path, schema]) => [`${schema.namespace}.${schema.name}`, path, schema] as const);
  return {
    dir: 'memory',
    types: new Map(entries.map(([name, , schema]) => [name, schema])),
    files: new Map(entries.map(([name, path]) => [name, path])),
  };
}

describe('generateContractTypes', () => {
  it('names output files in kebab case beside their context folder', () => {
    expect(outputPathOf('safety-events/RawSafetyEvent.avsc')).toBe('safety-events/raw-safety-event.avro.ts');
    expect(outputPathOf('Top.avsc')).toBe('top.avro.ts');
  });

  it('writes one module per schema file, imports types declared elsewhere, and an index', () => {
    const files = generateContractTypes(
      directoryOf({
        'shared/Color.avsc': { type: 'enum', name: 'Color', namespace: 'x.shared', symbols: ['red'] },
        'paint/Paint.avsc': { type: 'record', name: 'Paint', namespace: 'x.paint', fields: [{ name: 'color', type: 'x.shared.Color' }] },
      }),
    );
    expect(files.map((f) => f.path)).toEqual(['shared/color.avro.ts', 'paint/paint.avro.ts', 'index.ts']);
    expect(files[1]?.content).toContain("import type { Color } from '../shared/color.avro';");
    expect(files[2]?.content).toContain("export * from './paint/paint.avro';");
  });

  it('refuses two Avro types that would generate the same TypeScript name', () => {
    const clash = directoryOf({
      'a/Point.avsc': { type: 'record', name: 'Point', namespace: 'x.a', fields: [] },
      'b/Point.avsc': { type: 'record', name: 'Point', namespace: 'x.b', fields: [] },
    });
    expect(() => generateContractTypes(clash)).toThrow(/x\.a\.Point and x\.b\.Point would both generate Point/);
  });
});
