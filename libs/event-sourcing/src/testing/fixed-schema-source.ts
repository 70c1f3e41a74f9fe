import type { Schema } from 'avsc';
import { Type } from 'avsc';
import type { SchemaSource } from '@usm/messaging';

/** A schema source that knows one schema under id 1, for specs that encode without a registry. */
export function fixedSchemaSource(schema: Schema): SchemaSource {
  const type = Type.forSchema(schema);
  return { getLatestSchemaId: async () => 1, getSchema: async () => type };
}
