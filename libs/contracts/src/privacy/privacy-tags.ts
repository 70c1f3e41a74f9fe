import type { AvroNamedTypeJson, AvroSchemaJson, PrivacyTag } from '../schemas/avro-schema-json';
import { declaredFullName, fullNameOf, isPrimitiveName, isUnion, namespaceOf } from '../schemas/avro-names';

/** A tagged field, by its dotted path from the top record, e.g. `reporter.phone`. */
export interface PrivacyTaggedField {
  readonly path: string;
  readonly tag: PrivacyTag;
}

/**
 * Every field that carries a privacy tag, walking nested records through unions, arrays and maps.
 * Unions, arrays and maps add nothing to the path; the same path in two union branches is listed once.
 * Expects a self-contained schema (see loadValueSchema).
 */
export function privacyTagsOf(schema: AvroSchemaJson): readonly PrivacyTaggedField[] {
  const found = new Map<string, PrivacyTaggedField>();
  const named = new Map<string, AvroNamedTypeJson>();
  const walk = (node: AvroSchemaJson, namespace: string | undefined, path: string, visiting: ReadonlySet<string>): void => {
    if (typeof node === 'string') {
      const fullName = isPrimitiveName(node) ? undefined : fullNameOf(node, namespace);
      const target = fullName === undefined ? undefined : named.get(fullName);
      if (fullName && target) walk(target, namespaceOf(fullName), path, visiting);
      return;
    }
    if (isUnion(node)) return node.forEach((branch) => walk(branch, namespace, path, visiting));
    if (node.type === 'array') return walk(node.items, namespace, path, visiting);
    if (node.type === 'map') return walk(node.values, namespace, path, visiting);
    if (node.type !== 'record' && node.type !== 'error') {
      if (node.type === 'enum' || node.type === 'fixed') named.set(declaredFullName(node, namespace), node);
      return;
    }
    const fullName = declaredFullName(node, namespace);
    if (visiting.has(fullName)) return;
    named.set(fullName, node);
    const inside = new Set([...visiting, fullName]);
    for (const field of node.fields) {
      const fieldPath = path ? `${path}.${field.name}` : field.name;
      if (field.privacy) found.set(`${fieldPath}:${field.privacy}`, { path: fieldPath, tag: field.privacy });
      walk(field.type, namespaceOf(fullName), fieldPath, inside);
    }
  };
  walk(schema, undefined, '', new Set());
  return [...found.values()];
}
