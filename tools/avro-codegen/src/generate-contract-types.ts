import { dirname, relative } from 'node:path';
import type { DeclaredType, SchemaDirectory } from '@usm/contracts';
import { namedTypesIn, shortNameOf } from '@usm/contracts';
import type { GeneratedFile } from './generated-file';
import { renderNamedType } from './render-named-type';

interface SourceFile {
  readonly avsc: string;
  readonly output: string;
  readonly declared: readonly DeclaredType[];
}

/** TypeScript types for every `.avsc` file of a directory: one module per file, plus an index. */
export function generateContractTypes(directory: SchemaDirectory): GeneratedFile[] {
  const sources = [...directory.files].map(([fullName, avsc]): SourceFile => {
    const schema = directory.types.get(fullName);
    return { avsc, output: outputPathOf(avsc), declared: schema ? namedTypesIn(schema, undefined) : [] };
  });
  const owners = indexDeclarations(sources);
  const kindOf = (fullName: string): string => owners.get(fullName)?.declared.schema.type ?? 'record';
  const modules = sources.map((source) => ({ path: source.output, content: renderModule(source, owners, kindOf) }));
  const index = modules.map((m) => `export * from './${m.path.replace(/\.ts$/, '')}';\n`).join('');
  return [...modules, { path: 'index.ts', content: `${header('schemas/')}\n${index}` }];
}

/** `safety-events/RawSafetyEvent.avsc` → `safety-events/raw-safety-event.avro.ts`. */
export function outputPathOf(avsc: string): string {
  const base = avsc.replace(/\.avsc$/, '');
  const file = shortNameOf(base.replace(/\//g, '.')).replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const dir = dirname(base);
  return `${dir === '.' ? '' : `${dir}/`}${file}.avro.ts`;
}

function indexDeclarations(sources: readonly SourceFile[]): Map<string, { source: SourceFile; declared: DeclaredType }> {
  const owners = new Map<string, { source: SourceFile; declared: DeclaredType }>();
  const shortNames = new Map<string, string>();
  for (const source of sources) {
    for (const declared of source.declared) {
      const short = shortNameOf(declared.fullName);
      const clash = shortNames.get(short);
      // TypeScript has one namespace for all exports of @usm/contracts, so Avro names must be unique by short name.
      if (clash) throw new Error(`Avro types ${clash} and ${declared.fullName} would both generate ${short}`);
      shortNames.set(short, declared.fullName);
      owners.set(declared.fullName, { source, declared });
    }
  }
  return owners;
}

function renderModule(source: SourceFile, owners: ReturnType<typeof indexDeclarations>, kindOf: (n: string) => string): string {
  const refs = new Set<string>();
  const body = source.declared.map((declared) => renderNamedType(declared, { kindOf, refs })).join('\n');
  const imports = new Map<string, string[]>();
  for (const ref of [...refs].sort()) {
    const owner = owners.get(ref);
    if (!owner || owner.source === source) continue;
    const from = importPath(source.output, owner.source.output);
    imports.set(from, [...(imports.get(from) ?? []), shortNameOf(ref)]);
  }
  const importLines = [...imports]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, names]) => `import type { ${names.join(', ')} } from '${from}';\n`)
    .join('');
  return `${header(`schemas/${source.avsc}`)}${importLines ? `${importLines}\n` : '\n'}${body}`;
}

function importPath(fromFile: string, toFile: string): string {
  const path = relative(dirname(fromFile), toFile).replace(/\.ts$/, '');
  return path.startsWith('.') ? path : `./${path}`;
}

function header(source: string): string {
  return `// Generated from ${source} by tools/avro-codegen; edit the schema and run \`npm run contracts:generate\`.\n`;
}
