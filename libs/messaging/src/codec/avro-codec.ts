import type { Type } from 'avsc';
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
 *
 * Schemas already fetched are used at once (`encodeSoon`, `decodeSoon`): an id names one schema for ever, and a
 * subject's latest id is taken from the source's own answer (see `latestIds`), so no lookup is skipped that
 * the source would have answered differently.
 */
export class AvroCodec {
  /** Types by schema id, as the source gave them. */
  private readonly types = new Map<number, Type>();
  /**
   * The id each latest-id answer resolved to, keyed by the answer itself. A caching source (the registry) hands
   * back the same promise until it forgets the subject; a new answer is a new promise, so it is awaited afresh.
   */
  private readonly latestIds = new WeakMap<Promise<number>, number>();

  constructor(private readonly schemas: SchemaSource) {}

  /** Encodes `value` with the latest schema of a subject (by name) or with a given schema id. */
  async encode(subjectOrSchemaId: string | number, value: unknown): Promise<Buffer> {
    return this.encodeSoon(subjectOrSchemaId, value);
  }

  /**
   * `encode`, at once when the schema is already known (a Buffer then, a promise otherwise), so a stream that
   * encodes record after record does not wait a turn of the event loop for each. May throw what `encode` rejects with.
   */
  encodeSoon(subjectOrSchemaId: string | number, value: unknown): Buffer | Promise<Buffer> {
    if (typeof subjectOrSchemaId === 'number') {
      const type = this.types.get(subjectOrSchemaId);
      return type ? encodeChecked(type, subjectOrSchemaId, value) : this.typeOf(subjectOrSchemaId).then((fetched) => encodeChecked(fetched, subjectOrSchemaId, value));
    }
    const answer = this.schemas.getLatestSchemaId(subjectOrSchemaId);
    const schemaId = this.latestIds.get(answer);
    const type = schemaId === undefined ? undefined : this.types.get(schemaId);
    return type && schemaId !== undefined ? encodeChecked(type, schemaId, value) : this.encodeAfter(answer, value);
  }

  /** Decodes a record value; `T` is what the caller expects the writer schema to produce. */
  async decode<T = unknown>(buffer: Buffer | null | undefined): Promise<DecodedValue<T>> {
    return this.decodeSoon<T>(buffer);
  }

  /** `decode`, at once when the writer schema is already known (a promise otherwise). May throw what `decode` rejects with. */
  decodeSoon<T = unknown>(buffer: Buffer | null | undefined): DecodedValue<T> | Promise<DecodedValue<T>> {
    const { schemaId, body } = parseWireFormat(buffer);
    const type = this.types.get(schemaId);
    return type ? decodeChecked<T>(type, schemaId, body) : this.typeOf(schemaId).then((fetched) => decodeChecked<T>(fetched, schemaId, body));
  }

  private async encodeAfter(answer: Promise<number>, value: unknown): Promise<Buffer> {
    const schemaId = await answer;
    this.latestIds.set(answer, schemaId);
    return encodeChecked(await this.typeOf(schemaId), schemaId, value);
  }

  private async typeOf(schemaId: number): Promise<Type> {
    const known = this.types.get(schemaId);
    if (known) return known;
    const type = await this.schemas.getSchema(schemaId);
    this.types.set(schemaId, type);
    return type;
  }
}

function encodeChecked(type: Type, schemaId: number, value: unknown): Buffer {
  const violations = findViolations(type, value);
  // Validate before toBuffer: avsc's own error quotes the offending value, which may be personal data.
  if (violations.length > 0) throw invalidValueError(violations, { schemaId });
  return encodeFramed(type, schemaId, value);
}

function decodeChecked<T>(type: Type, schemaId: number, body: Buffer): DecodedValue<T> {
  const value = decodeAvroBody(type, body, schemaId);
  const violations = findViolations(type, value);
  if (violations.length > 0) throw invalidValueError(violations, { schemaId });
  return { schemaId, value: value as T };
}
