import type { Type } from 'avsc';

/** What the codec needs from a schema registry; the port lets specs run without one. */
export interface SchemaSource {
  /** Id of the latest schema registered under `subject`. */
  getLatestSchemaId(subject: string): Promise<number>;
  /** The Avro type registered under `schemaId`. */
  getSchema(schemaId: number): Promise<Type>;
}
