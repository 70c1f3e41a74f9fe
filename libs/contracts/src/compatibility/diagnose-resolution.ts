import type { AvroEnumJson, AvroFixedJson, AvroRecordJson, AvroSchemaJson } from '../schemas/avro-schema-json';
import { fullNameOf, namespaceOf } from '../schemas/avro-names';
import type { ResolutionFinding } from './resolution-finding';
import type { ResolvedSchema } from './resolved-schema';
import { labelOf, SchemaResolver } from './resolved-schema';

type Named<T> = { readonly fullName: string; readonly schema: T };

const promotions: Readonly<Record<string, readonly string[]>> = {
  int: ['long', 'float', 'double'],
  long: ['float', 'double'],
  float: ['double'],
  string: ['bytes'],
  bytes: ['string'],
};

/**
 * Why `reader` cannot read data written with `writer`, following the Avro specification's resolution
 * rules, with each finding placed at the field it concerns. Used to explain what avsc's resolver refused.
 */
export function diagnoseResolution(reader: AvroSchemaJson, writer: AvroSchemaJson, rootPath: string): ResolutionFinding[] {
  return new Diagnosis(new SchemaResolver(reader), new SchemaResolver(writer)).compare(reader, '', writer, '', rootPath);
}

class Diagnosis {
  private readonly inProgress = new Set<string>();

  constructor(private readonly reader: SchemaResolver, private readonly writer: SchemaResolver) {}

  compare(r: AvroSchemaJson, rNs: string, w: AvroSchemaJson, wNs: string, path: string): ResolutionFinding[] {
    const rNode = this.reader.resolve(r, rNs);
    const wNode = this.writer.resolve(w, wNs);
    if (wNode.kind === 'union') return wNode.branches.flatMap((branch) => this.readBranch(rNode, branch, wNode.namespace, path));
    if (rNode.kind === 'union') {
      const candidate = rNode.branches.find((branch) => sameKind(this.reader.resolve(branch, rNode.namespace), wNode));
      if (candidate !== undefined) return this.compare(candidate, rNode.namespace, w, wNs, path);
      const promotable = rNode.branches.find((branch) => this.compare(branch, rNode.namespace, w, wNs, path).length === 0);
      return promotable !== undefined ? [] : [typeChanged(path, rNode, wNode)];
    }
    return this.compareNodes(rNode, wNode, path);
  }

  /** Every branch a writer union may have written must be readable. */
  private readBranch(rNode: ResolvedSchema, branch: AvroSchemaJson, wNs: string, path: string): ResolutionFinding[] {
    const bNode = this.writer.resolve(branch, wNs);
    const readerBranches = rNode.kind === 'union' ? rNode.branches.map((b) => this.reader.resolve(b, rNode.namespace)) : [rNode];
    const same = readerBranches.find((candidate) => sameKind(candidate, bNode));
    if (same) return this.compareNodes(same, bNode, path);
    const readable = readerBranches.some((candidate) => candidate.kind !== 'union' && this.compareNodes(candidate, bNode, path).length === 0);
    return readable ? [] : [{ path, kind: 'writer branch unknown to reader', detail: `no branch reads ${labelOf(bNode)}` }];
  }

  private compareNodes(r: ResolvedSchema, w: ResolvedSchema, path: string): ResolutionFinding[] {
    if (r.kind === 'primitive' && w.kind === 'primitive') {
      return r.name === w.name || (promotions[w.name] ?? []).includes(r.name) ? [] : [typeChanged(path, r, w)];
    }
    if (r.kind === 'array' && w.kind === 'array') return this.compare(r.items, r.namespace, w.items, w.namespace, path);
    if (r.kind === 'map' && w.kind === 'map') return this.compare(r.values, r.namespace, w.values, w.namespace, path);
    if (r.kind !== 'named' || w.kind !== 'named' || r.schema.type.replace('error', 'record') !== w.schema.type.replace('error', 'record')) {
      return [typeChanged(path, r, w)];
    }
    if (!namesMatch(r, w)) return [{ path, kind: 'named type renamed', detail: `${w.fullName} is now ${r.fullName} without an alias` }];
    if (r.schema.type === 'enum') return compareEnums(r.schema, w.schema as AvroEnumJson, path);
    if (r.schema.type === 'fixed') return compareFixed(r.schema, w.schema as AvroFixedJson, path);
    return this.compareRecords(r as Named<AvroRecordJson>, w as Named<AvroRecordJson>, path);
  }

  private compareRecords(r: Named<AvroRecordJson>, w: Named<AvroRecordJson>, path: string): ResolutionFinding[] {
    const key = `${r.fullName}<-${w.fullName}`;
    if (this.inProgress.has(key)) return [];
    this.inProgress.add(key);
    const findings = r.schema.fields.flatMap((field): ResolutionFinding[] => {
      const fieldPath = `${path}.${field.name}`;
      const written = w.schema.fields.find((f) => f.name === field.name || (field.aliases ?? []).includes(f.name));
      if (written) return this.compare(field.type, namespaceOf(r.fullName), written.type, namespaceOf(w.fullName), fieldPath);
      return field.default === undefined ? [{ path: fieldPath, kind: 'reader field missing from writer', detail: 'no default' }] : [];
    });
    this.inProgress.delete(key);
    return findings;
  }
}

function compareEnums(r: AvroEnumJson, w: AvroEnumJson, path: string): ResolutionFinding[] {
  const unknown = w.symbols.filter((symbol) => !r.symbols.includes(symbol));
  if (unknown.length === 0 || r.default !== undefined) return [];
  return [{ path, kind: 'writer symbol unknown to reader', detail: unknown.join(', ') }];
}

function compareFixed(r: AvroFixedJson, w: AvroFixedJson, path: string): ResolutionFinding[] {
  return r.size === w.size ? [] : [{ path, kind: 'fixed size changed', detail: `${w.size} → ${r.size} bytes` }];
}

function namesMatch(r: Named<{ readonly aliases?: readonly string[] }>, w: Named<unknown>): boolean {
  const aliases = (r.schema.aliases ?? []).map((alias) => fullNameOf(alias, namespaceOf(r.fullName)));
  return r.fullName === w.fullName || aliases.includes(w.fullName);
}

/** Same primitive, same container, or a named type of the same kind and name: the branch Avro would pick first. */
function sameKind(a: ResolvedSchema, b: ResolvedSchema): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'primitive' && b.kind === 'primitive') return a.name === b.name;
  if (a.kind === 'named' && b.kind === 'named') return a.schema.type === b.schema.type && namesMatch(a, b);
  return true;
}

function typeChanged(path: string, r: ResolvedSchema, w: ResolvedSchema): ResolutionFinding {
  return { path, kind: 'type changed', detail: `${labelOf(w)} cannot be read as ${labelOf(r)}` };
}

