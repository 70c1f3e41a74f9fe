import { Type } from 'avsc';
import type { TopicDefinition } from '../catalog/topic-definition';
import type { AvroSchemaJson } from './avro-schema-json';
import { inlineNamedTypes } from './inline-named-types';
import type { SchemaDirectory } from './schema-directory';
import { defaultSchemasDir, readSchemaDirectory } from './schema-directory';

let directory: SchemaDirectory | undefined;
const schemas = new Map<string, AvroSchemaJson>();
const types = new Map<string, Type>();

/** The workspace's `schemas/` directory, read once per process. */
export function workspaceSchemas(): SchemaDirectory {
  directory ??= readSchemaDirectory(defaultSchemasDir());
  return directory;
}

/** A topic's value schema from the workspace's `schemas/`, self-contained (every named type inlined). Cached. */
export function loadValueSchema(topic: TopicDefinition): AvroSchemaJson {
  let schema = schemas.get(topic.valueSchema);
  if (!schema) {
    schema = inlineNamedTypes(topic.valueSchema, workspaceSchemas());
    schemas.set(topic.valueSchema, schema);
  }
  return schema;
}

/** The avsc Type of a topic's value schema. Timestamps stay epoch-millis numbers (no logical-type decoding). Cached. */
export function valueTypeOf(topic: TopicDefinition): Type {
  let type = types.get(topic.valueSchema);
  if (!type) {
    type = Type.forSchema(loadValueSchema(topic) as Parameters<typeof Type.forSchema>[0]);
    types.set(topic.valueSchema, type);
  }
  return type;
}
