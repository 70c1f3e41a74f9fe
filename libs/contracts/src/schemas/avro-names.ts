import type { AvroNamedTypeJson, AvroPrimitiveName, AvroSchemaJson, AvroUnionJson } from './avro-schema-json';

const primitives: ReadonlySet<string> = new Set<AvroPrimitiveName>(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);

export function isPrimitiveName(name: string): name is AvroPrimitiveName {
  return primitives.has(name);
}

/** Array.isArray does not narrow readonly arrays, hence this guard. */
export function isUnion(schema: AvroSchemaJson): schema is AvroUnionJson {
  return Array.isArray(schema);
}

export function isNamedType(schema: AvroSchemaJson): schema is AvroNamedTypeJson {
  return typeof schema === 'object' && !isUnion(schema) && ['record', 'error', 'enum', 'fixed'].includes(schema.type);
}

/** Full name of a type name as Avro resolves it: a dotted name is already full, else it joins the namespace. */
export function fullNameOf(name: string, namespace: string | undefined): string {
  return name.includes('.') || !namespace ? name : `${namespace}.${name}`;
}

/** Namespace part of a full name ('' when none). */
export function namespaceOf(fullName: string): string {
  const dot = fullName.lastIndexOf('.');
  return dot < 0 ? '' : fullName.slice(0, dot);
}

/** Last segment of a full name. */
export function shortNameOf(fullName: string): string {
  return fullName.slice(fullName.lastIndexOf('.') + 1);
}

/** Full name a named type declares, given the namespace it is declared in. */
export function declaredFullName(schema: AvroNamedTypeJson, enclosingNamespace: string | undefined): string {
  return fullNameOf(schema.name, schema.namespace ?? enclosingNamespace);
}
