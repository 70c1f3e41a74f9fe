import type { SchemaSource } from '../registry/schema-source';
import { decodeAvroBody } from './avro-body';
import { findViolations, invalidValueError } from './avro-validation';
import { encodeFramed } from './avro-frame';
import { parseWireFormat } from './wire-format';

/** A record value read back: the writer's schema id and the value, already checked against that schema. */
export interface DecodedValue<T> {
  readonly schemaId: number;
  readonly value: T;
}

/**
 * Avro in the Confluent wire format. Decoding is three steps with their own error codes: framing,
 * parsing the body with the writer schema, then validating the value. Registry outages surface as
 * retriable `InfrastructureError`s from the `SchemaSource`, never as contract errors.
 */
export class AvroCodec {
  constructor(private readonly schemas: SchemaSource) {}

  /** Encodes `value` with the latest schema of a subject (by name) or with a given schema id. */
  async encode(subjectOrSchemaId: string | number, value: unknown): Promise<Buffer> {
    const schemaId = typeof subjectOrSchemaId === 'number' ? subjectOrSchemaId : await this.schemas.getLatestSchemaId(subjectOrSchemaId);
    const type = await this.schemas.getSchema(schemaId);
    const violations = findViolations(type, value);
    // Validate before toBuffer: avsc's own error quotes the offending value, which may be personal data.
    if (violations.length > 0) throw invalidValueError(violations, { schemaId });
    return encodeFramed(type, schemaId, value);
  }

  /** Decodes a record value; `T` is what the caller expects the writer schema to produce. */
  async decode<T = unknown>(buffer: Buffer | null | undefined): Promise<DecodedValue<T>> {
    const { schemaId, body } = parseWireFormat(buffer);
    const type = await this.schemas.getSchema(schemaId);
    const value = decodeAvroBody(type, body, schemaId);
    const violations = findViolations(type, value);
    if (violations.length > 0) throw invalidValueError(violations, { schemaId });
    return { schemaId, value: value as T };
  }
}
