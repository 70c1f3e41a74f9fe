import type { AvroNamedTypeJson, AvroPrimitiveName, AvroSchemaJson } from '../schemas/avro-schema-json';
import { declaredFullName, fullNameOf, isNamedType, isPrimitiveName, isUnion } from '../schemas/avro-names';
import { namedTypesIn } from '../schemas/named-types-in';
import { unknownNamedType } from '../schemas/contract-errors';

/** A schema node with references looked up and its namespace made explicit, for comparing two schemas. */
export type ResolvedSchema =
  | { readonly kind: 'primitive'; readonly name: AvroPrimitiveName }
  | { readonly kind: 'union'; readonly branches: readonly AvroSchemaJson[]; readonly namespace: string }
  | { readonly kind: 'array'; readonly items: AvroSchemaJson; readonly namespace: string }
  | { readonly kind: 'map'; readonly values: AvroSchemaJson; readonly namespace: string }
  | { readonly kind: 'named'; readonly fullName: string; readonly schema: AvroNamedTypeJson };

/** Resolves nodes of one self-contained schema. */
export class SchemaResolver {
  private readonly named: ReadonlyMap<string, AvroNamedTypeJson>;

  constructor(root: AvroSchemaJson) {
    this.named = new Map(namedTypesIn(root, undefined).map((d) => [d.fullName, d.schema] as const));
  }

  resolve(schema: AvroSchemaJson, namespace: string): ResolvedSchema {
    if (typeof schema === 'string') {
      if (isPrimitiveName(schema)) return { kind: 'primitive', name: schema };
      const fullName = fullNameOf(schema, namespace);
      const found = this.named.get(fullName);
      if (!found) throw unknownNamedType(fullName, namespace || '(root)');
      return { kind: 'named', fullName, schema: found };
    }
    if (isUnion(schema)) return { kind: 'union', branches: schema, namespace };
    if (isNamedType(schema)) return { kind: 'named', fullName: declaredFullName(schema, namespace), schema };
    if (schema.type === 'array') return { kind: 'array', items: schema.items, namespace };
    if (schema.type === 'map') return { kind: 'map', values: schema.values, namespace };
    return { kind: 'primitive', name: schema.type };
  }
}

/** A short label of a node for messages: a primitive or full name, `array`, `map` or `union`. */
export function labelOf(node: ResolvedSchema): string {
  switch (node.kind) {
    case 'primitive':
      return node.name;
    case 'named':
      return node.fullName;
    case 'union':
    case 'array':
    case 'map':
      return node.kind;
  }
}

