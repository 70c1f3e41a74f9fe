import type { AvroSchemaJson } from '@usm/contracts';
import { fullNameOf, isNamedType, isPrimitiveName, isUnion, shortNameOf } from '@usm/contracts';

/** What rendering one schema needs to know about the rest: its namespace and every named type's kind. */
export interface TypeContext {
  readonly namespace: string;
  readonly kindOf: (fullName: string) => string;
  /** Named types referred to, filled in while rendering (for imports). */
  readonly refs: Set<string>;
}

const primitiveTs: Readonly<Record<string, string>> = {
  null: 'null',
  boolean: 'boolean',
  int: 'number',
  long: 'number',
  float: 'number',
  double: 'number',
  bytes: 'Buffer',
  string: 'string',
};

/** The TypeScript type of a schema as avsc decodes it with default options (logical types as their base). */
export function tsTypeOf(schema: AvroSchemaJson, ctx: TypeContext): string {
  if (typeof schema === 'string') {
    if (isPrimitiveName(schema)) return primitiveTs[schema] ?? 'unknown';
    const fullName = fullNameOf(schema, ctx.namespace);
    ctx.refs.add(fullName);
    return shortNameOf(fullName);
  }
  if (isUnion(schema)) return unionTsType(schema, ctx);
  if (isNamedType(schema)) return tsTypeOf(fullNameOf(schema.name, schema.namespace ?? ctx.namespace), ctx);
  if (schema.type === 'array') return `ReadonlyArray<${tsTypeOf(schema.items, ctx)}>`;
  if (schema.type === 'map') return `Readonly<Record<string, ${tsTypeOf(schema.values, ctx)}>>`;
  return primitiveTs[schema.type] ?? 'unknown';
}

/**
 * avsc (wrapUnions 'auto') unwraps a union when no two branches share a JS "bucket"; otherwise each
 * non-null value is wrapped in an object keyed by its branch name, e.g. `{ 'mesh.consent.ConsentGranted': {...} }`.
 */
export function isWrappedUnion(branches: readonly AvroSchemaJson[], ctx: TypeContext): boolean {
  const buckets = branches.map((branch) => bucketOf(kindOfSchema(branch, ctx)));
  return new Set(buckets).size !== buckets.length;
}

/** The TypeScript type of each branch of a union, null last, as avsc represents it. */
export function unionBranchTypes(branches: readonly AvroSchemaJson[], ctx: TypeContext): string[] {
  const wrapped = isWrappedUnion(branches, ctx);
  const types = branches.map((branch) => {
    const type = tsTypeOf(branch, ctx);
    return wrapped && branch !== 'null' ? `{ readonly '${branchName(branch, ctx)}': ${type} }` : type;
  });
  // `T | null` reads better than `null | T`; order does not matter to TypeScript.
  return [...types.filter((t) => t !== 'null'), ...types.filter((t) => t === 'null')];
}

function unionTsType(branches: readonly AvroSchemaJson[], ctx: TypeContext): string {
  return unionBranchTypes(branches, ctx).join(' | ');
}

function kindOfSchema(schema: AvroSchemaJson, ctx: TypeContext): string {
  if (typeof schema === 'string') return isPrimitiveName(schema) ? schema : ctx.kindOf(fullNameOf(schema, ctx.namespace));
  return isUnion(schema) ? 'union' : schema.type;
}

/** Mirrors avsc's getTypeBucket. */
function bucketOf(kind: string): string {
  if (['int', 'long', 'float', 'double'].includes(kind)) return 'number';
  if (kind === 'bytes' || kind === 'fixed') return 'buffer';
  if (kind === 'enum') return 'string';
  if (['map', 'record', 'error'].includes(kind)) return 'object';
  return kind;
}

function branchName(schema: AvroSchemaJson, ctx: TypeContext): string {
  if (typeof schema === 'string') return isPrimitiveName(schema) ? schema : fullNameOf(schema, ctx.namespace);
  if (isUnion(schema)) return 'union';
  if (isNamedType(schema)) return fullNameOf(schema.name, schema.namespace ?? ctx.namespace);
  return schema.type;
}
