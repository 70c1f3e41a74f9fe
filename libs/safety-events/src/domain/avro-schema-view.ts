import type { AvroNamedTypeJson, AvroSchemaJson, AvroUnionJson } from '@usm/contracts';

/** A schema node with type-name references resolved: never a bare string. */
export type ResolvedSchema = Exclude<AvroSchemaJson, string>;

/** Full and short names of every named type declared inside a schema. */
export type NamedTypes = ReadonlyMap<string, AvroNamedTypeJson>;

const primitives = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);

export function isUnion(schema: AvroSchemaJson): schema is AvroUnionJson {
  return Array.isArray(schema);
}

/** Indexes the named types of a self-contained schema, so later references by name resolve. */
export function namedTypesOf(schema: AvroSchemaJson, namespace = '', found = new Map<string, AvroNamedTypeJson>()): NamedTypes {
  if (typeof schema === 'string') return found;
  if (isUnion(schema)) {
    for (const branch of schema) namedTypesOf(branch, namespace, found);
    return found;
  }
  if (schema.type === 'array') return namedTypesOf(schema.items, namespace, found);
  if (schema.type === 'map') return namedTypesOf(schema.values, namespace, found);
  if (schema.type !== 'record' && schema.type !== 'error' && schema.type !== 'enum' && schema.type !== 'fixed') return found;
  const fullName = schema.name.includes('.') ? schema.name : [schema.namespace ?? namespace, schema.name].filter(Boolean).join('.');
  found.set(fullName, schema).set(fullName.split('.').pop() ?? fullName, schema);
  if (schema.type === 'record' || schema.type === 'error') {
    const inner = fullName.split('.').slice(0, -1).join('.');
    for (const field of schema.fields) namedTypesOf(field.type, inner, found);
  }
  return found;
}

/** The schema node a type name stands for. */
export function resolve(schema: AvroSchemaJson, names: NamedTypes): ResolvedSchema {
  if (typeof schema !== 'string') return schema;
  if (primitives.has(schema)) return { type: schema as 'string' };
  const named = names.get(schema);
  if (!named) throw new Error(`Avro type ${schema} is not declared in the contract`);
  return named;
}

/** The branches of a union other than null. */
export function nonNullBranches(union: AvroUnionJson, names: NamedTypes): ResolvedSchema[] {
  return union.map((branch) => resolve(branch, names)).filter((branch) => isUnion(branch) || branch.type !== 'null');
}
