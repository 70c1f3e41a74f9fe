import type { AvroSchemaJson, SchemaDirectory, TopicDefinition } from '@usm/contracts';
import { inlineNamedTypes, loadValueSchema } from '@usm/contracts';

/** A topic's value schema from `schemas` when given (e.g. a modified copy), else from the workspace. */
export function topicSchema(topic: TopicDefinition, schemas: SchemaDirectory | undefined): AvroSchemaJson {
  return schemas ? inlineNamedTypes(topic.valueSchema, schemas) : loadValueSchema(topic);
}
