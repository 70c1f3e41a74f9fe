import type { AvroRecordJson, AvroSchemaJson } from '@usm/contracts';
import type { FieldViolation } from '@usm/errors';
import type { NamedTypes } from './avro-schema-view';
import { isUnion, nonNullBranches, resolve } from './avro-schema-view';
import { fieldPath } from './field-path';

/** The Avro-shaped value of an HTTP JSON event, and what could not be mapped (unknown fields, bad date-times). */
export interface AvroShaped {
  readonly value: unknown;
  readonly violations: readonly FieldViolation[];
}

/** ISO 8601 date-time with seconds and an explicit offset: a local time would be ambiguous. */
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export const dateTimeMessage = 'must be an ISO 8601 date-time with seconds and an offset, e.g. 2025-05-01T09:30:00Z';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Maps JSON to the value avsc validates: ISO date-times become epoch millis, absent fields take their
 * schema default (null for optional ones). Values that do not fit are left as they are for avsc to name.
 */
export function toAvroShape(json: unknown, schema: AvroSchemaJson, names: NamedTypes, path: string): AvroShaped {
  const violations: FieldViolation[] = [];
  const value = shape(json, schema, { names, violations }, path);
  return { value, violations };
}

interface ShapeContext {
  readonly names: NamedTypes;
  readonly violations: FieldViolation[];
}

function shape(json: unknown, schema: AvroSchemaJson, context: ShapeContext, path: string): unknown {
  const node = resolve(schema, context.names);
  if (isUnion(node)) {
    if (json === null || json === undefined) return json;
    const branches = nonNullBranches(node, context.names);
    const [only] = branches;
    return branches.length === 1 && only ? shape(json, only, context, path) : json;
  }
  if (node.type === 'record' || node.type === 'error' || node.type === 'map') {
    if (json === null || json === undefined) return json;
    // avsc takes an array for a record (both are objects to it); say what is wrong here, not in its fields.
    if (!isPlainObject(json)) {
      context.violations.push({ field: path === '' ? 'body' : path, rule: 'type', message: 'must be an object' });
      return json;
    }
    if (node.type !== 'map') return shapeRecord(json, node, context, path);
  }
  if (node.type === 'array') {
    return Array.isArray(json) ? json.map((item: unknown, index) => shape(item, node.items, context, fieldPath(path, index))) : json;
  }
  if (node.type === 'map' && isPlainObject(json)) {
    return Object.fromEntries(Object.entries(json).map(([key, item]) => [key, shape(item, node.values, context, fieldPath(path, key))]));
  }
  if (node.type === 'long' && node.logicalType === 'timestamp-millis') return shapeTimestamp(json, context, path);
  return json;
}

function shapeRecord(json: Record<string, unknown>, record: AvroRecordJson, context: ShapeContext, path: string): Record<string, unknown> {
  const shaped: Record<string, unknown> = {};
  for (const field of record.fields) {
    const value = json[field.name];
    shaped[field.name] =
      value === undefined && 'default' in field ? structuredClone(field.default) : shape(value, field.type, context, fieldPath(path, field.name));
  }
  const declared = new Set(record.fields.map((field) => field.name));
  for (const key of Object.keys(json).filter((name) => !declared.has(name))) {
    // Unknown fields are refused, not dropped: a caller must learn that data it sent would be lost.
    context.violations.push({ field: fieldPath(path, key), rule: 'unknownField', message: 'is not a field of the event contract' });
  }
  return shaped;
}

function shapeTimestamp(json: unknown, context: ShapeContext, path: string): unknown {
  if (json === null || json === undefined) return json;
  const millis = typeof json === 'string' && isCalendarDateTime(json) ? Date.parse(json) : Number.NaN;
  if (Number.isNaN(millis)) {
    context.violations.push({ field: path, rule: 'format', message: dateTimeMessage });
    return json;
  }
  return millis;
}

/** Date.parse rolls 2025-02-30 over into March and takes hour 24; a source sending either has a bug worth hearing about. */
function isCalendarDateTime(text: string): boolean {
  const [, year, month, day, hour] = (isoDateTime.exec(text) ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined || hour === undefined) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23;
}
