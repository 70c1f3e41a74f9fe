import type { AvroNamedTypeJson, AvroSchemaJson } from './avro-schema-json';
import { declaredFullName, isNamedType, isUnion, namespaceOf } from './avro-names';

/** A named type declared somewhere in a schema file, with its resolved full name. */
export interface DeclaredType {
  readonly fullName: string;
  readonly schema: AvroNamedTypeJson;
}

/** Every named type a schema declares (not the ones it only refers to), outermost first. */
export function namedTypesIn(schema: AvroSchemaJson, namespace: string | undefined): DeclaredType[] {
  if (typeof schema === 'string') return [];
  if (isUnion(schema)) return schema.flatMap((branch) => namedTypesIn(branch, namespace));
  if (schema.type === 'array') return namedTypesIn(schema.items, namespace);
  if (schema.type === 'map') return namedTypesIn(schema.values, namespace);
  if (!isNamedType(schema)) return [];
  const fullName = declaredFullName(schema, namespace);
  const inner = schema.type === 'record' || schema.type === 'error' ? schema.fields.flatMap((f) => namedTypesIn(f.type, namespaceOf(fullName))) : [];
  return [{ fullName, schema }, ...inner];
}
