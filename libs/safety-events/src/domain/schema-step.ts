import type { NamedTypes, ResolvedSchema } from './avro-schema-view';
import { isUnion, nonNullBranches, resolve } from './avro-schema-view';

/** Where one path segment leads inside a schema: the child node, and its position among its siblings. */
export interface SchemaStep {
  readonly node: ResolvedSchema;
  readonly kind: 'field' | 'index' | 'key';
  /** Field order for records, the index for arrays, 0 for map keys (they have no order). */
  readonly position: number;
}

/** Steps from a schema node into a field, array item or map value; undefined when the segment leads nowhere. */
export function stepInto(node: ResolvedSchema, segment: string, names: NamedTypes): SchemaStep | undefined {
  const branches = isUnion(node) ? nonNullBranches(node, names) : [node];
  const [inner] = branches;
  if (branches.length !== 1 || !inner || isUnion(inner)) return undefined;
  if (inner.type === 'record' || inner.type === 'error') {
    const position = inner.fields.findIndex((field) => field.name === segment);
    const field = inner.fields[position];
    return field ? { node: resolve(field.type, names), kind: 'field', position } : undefined;
  }
  if (inner.type === 'array') return { node: resolve(inner.items, names), kind: 'index', position: Number(segment) };
  if (inner.type === 'map') return { node: resolve(inner.values, names), kind: 'key', position: 0 };
  return undefined;
}
