import type { AvroMapJson, AvroRecordJson, AvroSchemaJson } from '@usm/contracts';
import type { FieldViolation } from '@usm/errors';
import type { NamedTypes } from './avro-schema-view';
import { isUnion, nonNullBranches, resolve } from './avro-schema-view';
import { controlCharacterMessage, hasControlCharacter } from './control-characters';
import { fieldPath, wholeValuePath } from './field-path';
import type { LeafTarget } from './json-leaf-check';
import { leafViolation } from './json-leaf-check';
import { shapeTimestamp } from './shape-timestamp';
import { validationLimits } from './validation-limits';

export { dateTimeMessage } from './shape-timestamp';

/** The Avro-shaped value of an HTTP JSON event, and what could not be mapped (unknown fields, bad date-times, wrong JSON types). */
export interface AvroShaped {
  readonly value: unknown;
  readonly violations: readonly FieldViolation[];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Free text may hold tabs and newlines; every other string may hold no control character. */
const freeTextFields = new Set(['description']);

/**
 * Maps JSON to the value avsc validates: ISO date-times become epoch millis, absent fields take their
 * schema default (null for optional ones). Checks what avsc does not (strict JSON types of scalars,
 * control characters, key counts); values that do not fit are left as they are for avsc to name.
 */
export function toAvroShape(json: unknown, schema: AvroSchemaJson, names: NamedTypes, path: string): AvroShaped {
  const violations: FieldViolation[] = [];
  const value = shape(json, schema, { names, violations }, { path, reportAs: path, freeText: false });
  return { value, violations };
}

interface ShapeContext {
  readonly names: NamedTypes;
  readonly violations: FieldViolation[];
}

function shape(json: unknown, schema: AvroSchemaJson, context: ShapeContext, target: LeafTarget): unknown {
  const node = resolve(schema, context.names);
  const { path } = target;
  if (isUnion(node)) {
    if (json === null || json === undefined) return json;
    const branches = nonNullBranches(node, context.names);
    const [only] = branches;
    return branches.length === 1 && only ? shape(json, only, context, target) : json;
  }
  if (node.type === 'record' || node.type === 'error' || node.type === 'map') {
    if (json === null || json === undefined) return json;
    // avsc takes an array for a record (both are objects to it); say what is wrong here, not in its fields.
    if (!isPlainObject(json)) {
      context.violations.push({ field: wholeValuePath(path), rule: 'type', message: 'must be an object' });
      return json;
    }
    return node.type === 'map' ? shapeMap(json, node, context, path) : shapeRecord(json, node, context, path);
  }
  if (node.type === 'array') {
    const item = (index: number): LeafTarget => ({ ...target, path: fieldPath(path, index), reportAs: fieldPath(path, index) });
    return Array.isArray(json) ? json.map((value: unknown, index) => shape(value, node.items, context, item(index))) : json;
  }
  if (node.type === 'long' && node.logicalType === 'timestamp-millis') return shapeTimestamp(json, context.violations, path);
  const violation = leafViolation(json, node, context.names, target);
  if (!violation) return json;
  context.violations.push(violation);
  // avsc throws on an object whose toString is not a function; what it would say about the value is said already.
  return violation.rule === 'controlCharacter' ? json : undefined;
}

function shapeRecord(json: Record<string, unknown>, record: AvroRecordJson, context: ShapeContext, path: string): Record<string, unknown> {
  const shaped: Record<string, unknown> = {};
  for (const field of record.fields) {
    const value = json[field.name];
    const at = fieldPath(path, field.name);
    shaped[field.name] =
      value === undefined && 'default' in field
        ? structuredClone(field.default)
        : shape(value, field.type, context, { path: at, reportAs: at, freeText: freeTextFields.has(field.name) });
  }
  const keys = Object.keys(json);
  if (keys.length > validationLimits.maxKeysPerRecord) {
    context.violations.push(tooManyKeys(path, validationLimits.maxKeysPerRecord));
    return shaped;
  }
  for (const key of keys) {
    // Unknown fields are refused, not dropped: a caller must learn that data it sent would be lost.
    if (!Object.hasOwn(shaped, key)) context.violations.push({ field: fieldPath(path, key), rule: 'unknownField', message: 'is not a field of the event contract' });
  }
  return shaped;
}

/** Map keys may be personal data: violations of keys and values name the map. An oversized map is not looked into. */
function shapeMap(json: Record<string, unknown>, map: AvroMapJson, context: ShapeContext, path: string): Record<string, unknown> {
  const entries = Object.entries(json);
  if (entries.length > validationLimits.maxKeysPerMap) {
    context.violations.push(tooManyKeys(path, validationLimits.maxKeysPerMap));
    return {};
  }
  if (entries.some(([key]) => hasControlCharacter(key, false))) {
    context.violations.push({ field: wholeValuePath(path), rule: 'controlCharacter', message: `${controlCharacterMessage(false)} in its keys` });
  }
  const value = (key: string): LeafTarget => ({ path: fieldPath(path, key), reportAs: wholeValuePath(path), freeText: false });
  return Object.fromEntries(entries.map(([key, item]) => [key, shape(item, map.values, context, value(key))]));
}

function tooManyKeys(path: string, limit: number): FieldViolation {
  return { field: wholeValuePath(path), rule: 'maxKeys', message: `must have at most ${limit} keys` };
}
