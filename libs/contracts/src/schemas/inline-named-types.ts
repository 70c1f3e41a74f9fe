import type { AvroFieldJson, AvroNamedTypeJson, AvroSchemaJson } from './avro-schema-json';
import { declaredFullName, fullNameOf, isNamedType, isPrimitiveName, isUnion, namespaceOf, shortNameOf } from './avro-names';
import { duplicateNamedType, unknownNamedType } from './contract-errors';
import type { SchemaDirectory } from './schema-directory';

/**
 * One self-contained schema for a top-level type: every named type it refers to is written out where
 * Avro first meets it, and later references use the full name. Registries and avsc then need no references.
 * Every named type gets an explicit namespace, so it keeps its own when inlined under another.
 */
export function inlineNamedTypes(fullName: string, directory: SchemaDirectory): AvroSchemaJson {
  return new Inliner(directory).reference(fullName, fullName);
}

class Inliner {
  private readonly defined = new Set<string>();

  constructor(private readonly directory: SchemaDirectory) {}

  reference(fullName: string, from: string): AvroSchemaJson {
    if (this.defined.has(fullName)) return fullName;
    const declared = this.directory.types.get(fullName);
    if (!declared) throw unknownNamedType(fullName, from);
    return this.named(declared, undefined);
  }

  schema(schema: AvroSchemaJson, namespace: string | undefined, from: string): AvroSchemaJson {
    if (typeof schema === 'string') {
      return isPrimitiveName(schema) ? schema : this.reference(fullNameOf(schema, namespace), from);
    }
    if (isUnion(schema)) return schema.map((branch) => this.schema(branch, namespace, from));
    if (isNamedType(schema)) return this.named(schema, namespace);
    if (schema.type === 'array') return { ...schema, items: this.schema(schema.items, namespace, from) };
    if (schema.type === 'map') return { ...schema, values: this.schema(schema.values, namespace, from) };
    return schema;
  }

  private named(schema: AvroNamedTypeJson, enclosingNamespace: string | undefined): AvroNamedTypeJson {
    const fullName = declaredFullName(schema, enclosingNamespace);
    if (this.defined.has(fullName)) throw duplicateNamedType(fullName, 'inlined schema');
    this.defined.add(fullName);
    const namespace = namespaceOf(fullName);
    const name = shortNameOf(fullName);
    // Object.assign keeps type, name and namespace first, for schemas that read well in the registry.
    const head: AvroNamedTypeJson = Object.assign({ type: schema.type, name, namespace }, schema, { name, namespace });
    if (head.type !== 'record' && head.type !== 'error') return head;
    const fields = head.fields.map((field): AvroFieldJson => ({
      ...field,
      type: this.schema(field.type, namespace, `${fullName}.${field.name}`),
    }));
    return { ...head, fields };
  }
}
