import type { FieldViolation } from '@usm/errors';
import type { NamedTypes, ResolvedSchema } from './avro-schema-view';
import { isUnion } from './avro-schema-view';
import { controlCharacterMessage, hasControlCharacter } from './control-characters';
import { describeAvroType } from './describe-avro-type';

/** Where a leaf's violations go: its own path for types, `reportAs` for control characters (a map, never its key). */
export interface LeafTarget {
  readonly path: string;
  readonly reportAs: string;
  /** Free text (the event's description) may hold tabs and newlines. */
  readonly freeText: boolean;
}

/** JSON types exactly as the contract says: an array is never a string, a string never a number. */
function fitsJsonType(json: unknown, node: ResolvedSchema): boolean {
  if (isUnion(node)) return true;
  switch (node.type) {
    case 'string':
    case 'enum':
    case 'bytes':
    case 'fixed':
      return typeof json === 'string';
    case 'int':
    case 'long':
    case 'float':
    case 'double':
      return typeof json === 'number';
    case 'boolean':
      return typeof json === 'boolean';
    case 'null':
      return json === null;
    // Containers are shaped (and their JSON types checked) by toAvroShape before any leaf.
    case 'array':
    case 'map':
    case 'record':
    case 'error':
      return true;
  }
}

/**
 * What is wrong with a JSON value where the contract expects a scalar, beyond what avsc sees: avsc looks enum
 * symbols up in a plain object, so `["traffic"]` (coerced to "traffic") and "constructor" pass it.
 * Missing values are left to avsc, which names them `required`.
 */
export function leafViolation(json: unknown, node: ResolvedSchema, names: NamedTypes, target: LeafTarget): FieldViolation | undefined {
  if (json === null || json === undefined) return undefined;
  if (!fitsJsonType(json, node)) return { field: target.path, rule: 'type', message: `must be ${describeAvroType(node, names)}` };
  if (!isUnion(node) && node.type === 'enum' && !node.symbols.includes(json as string)) {
    return { field: target.path, rule: 'enum', message: `must be one of ${node.symbols.join(', ')}` };
  }
  if (typeof json === 'string' && hasControlCharacter(json, target.freeText)) {
    return { field: target.reportAs, rule: 'controlCharacter', message: controlCharacterMessage(target.freeText) };
  }
  return undefined;
}
