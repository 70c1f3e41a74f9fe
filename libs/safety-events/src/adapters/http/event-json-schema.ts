import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { AvroFieldJson, AvroSchemaJson } from '@usm/contracts';
import type { NamedTypes } from '../../domain/avro-schema-view';
import { isUnion, nonNullBranches, resolve } from '../../domain/avro-schema-view';

/** OpenAPI schema of an event as HTTP callers send it, derived from the Avro contract so the two cannot drift. */
export function eventJsonSchema(schema: AvroSchemaJson, names: NamedTypes): SchemaObject {
  const node = resolve(schema, names);
  if (isUnion(node)) {
    const [only] = nonNullBranches(node, names);
    return only ? { ...eventJsonSchema(only, names), nullable: true } : {};
  }
  switch (node.type) {
    case 'record':
    case 'error': {
      const required = node.fields.filter((field) => !('default' in field)).map((field) => field.name);
      return {
        type: 'object',
        description: node.doc,
        additionalProperties: false,
        // OpenAPI 3.0 wants a non-empty list or none.
        ...(required.length > 0 ? { required } : {}),
        properties: Object.fromEntries(node.fields.map((field) => [field.name, fieldSchema(field, names)])),
      };
    }
    case 'enum':
      return { type: 'string', enum: [...node.symbols], description: node.doc };
    case 'array':
      return { type: 'array', items: eventJsonSchema(node.items, names) };
    case 'map':
      return { type: 'object', additionalProperties: eventJsonSchema(node.values, names) };
    case 'long':
      return node.logicalType === 'timestamp-millis' ? { type: 'string', format: 'date-time' } : { type: 'integer', format: 'int64' };
    case 'int':
      return { type: 'integer', format: 'int32' };
    case 'float':
    case 'double':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'string':
      return node.logicalType === 'uuid' ? { type: 'string', format: 'uuid' } : { type: 'string' };
    case 'null':
    case 'bytes':
    case 'fixed':
      return { type: 'string' };
  }
}

/** A field's schema with the contract's doc and privacy tag; the doc speaks of epoch millis, HTTP callers send date-times. */
function fieldSchema(field: AvroFieldJson, names: NamedTypes): SchemaObject {
  const schema = eventJsonSchema(field.type, names);
  const overHttp = schema.format === 'date-time' ? 'Over HTTP: an ISO 8601 date-time with an offset, e.g. 2025-05-01T09:30:00Z.' : undefined;
  return {
    ...schema,
    description: [field.doc, overHttp].filter(Boolean).join(' '),
    ...(field.privacy ? { 'x-privacy': field.privacy } : {}),
  };
}
