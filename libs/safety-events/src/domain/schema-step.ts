import type { AvroRecordJson } from '@usm/contracts';
import type { NamedTypes, ResolvedSchema } from './avro-schema-view';
import { isUnion, nonNullBranches, resolve } from './avro-schema-view';

/** Where one path segment leads inside a schema: the child node, and its position among its siblings. */
export interface SchemaStep {
  readonly node: ResolvedSchema;
  readonly kind: 'field' | 'index' | 'key';
  /** Field order for records, the index for arrays, 0 for map keys (they have no order). */
  readonly position: number;
}

const fieldPositions = new WeakMap<AvroRecordJson, ReadonlyMap<string, number>>();

/** Position of each field of a record by name, computed once per record: ordering many violations stays linear. */
function fieldPositionsOf(record: AvroRecordJson): ReadonlyMap<string, number> {
  let positions = fieldPositions.get(record);
  if (!positions) {
    positions = new Map(record.fields.map((field, index) => [field.name, index]));
    fieldPositions.set(record, positions);
  }
  return positions;
}

/** Steps from a schema node into a field, array item or map value; undefined when the segment leads nowhere. */
export function stepInto(node: ResolvedSchema, segment: string, names: NamedTypes): SchemaStep | undefined {
  const branches = isUnion(node) ? nonNullBranches(node, names) : [node];
  const [inner] = branches;
  if (branches.length !== 1 || !inner || isUnion(inner)) return undefined;
  if (inner.type === 'record' || inner.type === 'error') {
    const position = fieldPositionsOf(inner).get(segment);
    const field = position === undefined ? undefined : inner.fields[position];
    return field && position !== undefined ? { node: resolve(field.type, names), kind: 'field', position } : undefined;
  }
  if (inner.type === 'array') return { node: resolve(inner.items, names), kind: 'index', position: Number(segment) };
  if (inner.type === 'map') return { node: resolve(inner.values, names), kind: 'key', position: 0 };
  return undefined;
}
