import type { NamedTypes, ResolvedSchema } from './avro-schema-view';
import { isUnion, resolve } from './avro-schema-view';

/** How a JSON value of a schema node is described to a caller: "a string", "null or an object". */
export function describeAvroType(schema: ResolvedSchema, names: NamedTypes): string {
  if (isUnion(schema)) return schema.map((branch) => describeAvroType(resolve(branch, names), names)).join(' or ');
  switch (schema.type) {
    case 'null':
      return 'null';
    case 'boolean':
      return 'true or false';
    case 'int':
      return 'a 32-bit integer';
    case 'long':
      return schema.logicalType === 'timestamp-millis' ? 'an ISO 8601 date-time' : 'an integer';
    case 'float':
    case 'double':
      return 'a number';
    case 'bytes':
    case 'string':
    case 'fixed':
      return 'a string';
    case 'enum':
      return `one of ${schema.symbols.join(', ')}`;
    case 'array':
      return 'an array';
    case 'map':
      return 'an object';
    case 'record':
    case 'error':
      return 'an object';
  }
}
