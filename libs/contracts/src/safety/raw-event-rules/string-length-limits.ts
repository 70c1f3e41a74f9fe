import type { AvroSchemaJson } from '../../schemas/avro-schema-json';
import { isUnion } from '../../schemas/avro-names';

/**
 * Length limits of a record's string fields, from the custom field attributes `maxLength` (every string in
 * the field's value: itself, array items, map values) and `maxKeyLength` (map keys). Limits count UTF-16
 * code units. A nested record field has its own node; a field without limits is absent.
 */
export interface StringLengthLimits {
  readonly fields: ReadonlyMap<string, FieldLengthLimit>;
}

/** The limits of one field, and of the fields of a record nested in it. */
export interface FieldLengthLimit {
  readonly maxLength?: number;
  readonly maxKeyLength?: number;
  readonly nested?: StringLengthLimits;
}

const compiled = new WeakMap<object, StringLengthLimits>();

const positive = (value: unknown): number | undefined => (Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : undefined);

// The first record reachable through unions, arrays and maps: its fields get their own limits.
function recordIn(schema: AvroSchemaJson): AvroSchemaJson | undefined {
  if (typeof schema === 'string') return undefined;
  if (isUnion(schema)) return schema.map(recordIn).find((found) => found !== undefined);
  if (schema.type === 'record' || schema.type === 'error') return schema;
  if (schema.type === 'array') return recordIn(schema.items);
  if (schema.type === 'map') return recordIn(schema.values);
  return undefined;
}

function limitsOfRecord(schema: AvroSchemaJson): StringLengthLimits {
  const fields = new Map<string, FieldLengthLimit>();
  if (typeof schema === 'string' || isUnion(schema) || (schema.type !== 'record' && schema.type !== 'error')) return { fields };
  for (const field of schema.fields) {
    const attributes = field as unknown as Readonly<Record<string, unknown>>;
    const record = recordIn(field.type);
    const nested = record === undefined ? undefined : limitsOfRecord(record);
    const limit: FieldLengthLimit = {
      ...(positive(attributes['maxLength']) === undefined ? {} : { maxLength: positive(attributes['maxLength']) }),
      ...(positive(attributes['maxKeyLength']) === undefined ? {} : { maxKeyLength: positive(attributes['maxKeyLength']) }),
      ...(nested === undefined || nested.fields.size === 0 ? {} : { nested }),
    };
    if (Object.keys(limit).length > 0) fields.set(field.name, limit);
  }
  return { fields };
}

/**
 * The string length limits a self-contained record schema declares (see loadValueSchema), in one walk over
 * the schema; cached per schema object, so callers may ask for every event.
 */
export function stringLengthLimitsOf(schema: AvroSchemaJson): StringLengthLimits {
  if (typeof schema !== 'object') return { fields: new Map() };
  let limits = compiled.get(schema);
  if (!limits) {
    limits = limitsOfRecord(schema);
    compiled.set(schema, limits);
  }
  return limits;
}
