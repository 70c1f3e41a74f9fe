import type { Resolver, Type } from 'avsc';
import { ContractError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import type { SchemaSource } from '../registry/schema-source';
import { SubjectSchemaIds } from '../registry/subject-schema-ids';
import type { SubjectVersionSource } from '../registry/subject-versions';
import type { DecodedValue } from './avro-codec';
import { decodeAvroBody } from './avro-body';
import { findViolations, invalidValueError } from './avro-validation';
import { parseWireFormat } from './wire-format';

/**
 * Decodes records of one contract: the writer schema must be a version of `subject`, and the value is
 * read through the subject's latest schema (Avro schema resolution), so the consumer always sees the
 * shape it was written for. A record of another contract is a `MESSAGING.SCHEMA_MISMATCH` contract
 * error naming the schema id, whatever its bytes would decode to under its own schema.
 */
export class ReaderSchemaDecoder {
  private readonly versions: SubjectSchemaIds;
  private readonly resolvers = new Map<string, Resolver>();
  /** How each writer id seen so far is read, under the latest id known when it was first read. */
  private readonly readings = new Map<number, Reading>();

  constructor(
    private readonly schemas: SchemaSource,
    versions: SubjectVersionSource,
    readonly subject: string,
  ) {
    this.versions = new SubjectSchemaIds(versions, subject);
  }

  async decode<T = unknown>(buffer: Buffer | null | undefined): Promise<DecodedValue<T>> {
    return this.decodeSoon<T>(buffer);
  }

  /** `decode`, at once when the writer id was read before (a promise otherwise). May throw what `decode` rejects with. */
  decodeSoon<T = unknown>(buffer: Buffer | null | undefined): DecodedValue<T> | Promise<DecodedValue<T>> {
    const { schemaId, body } = parseWireFormat(buffer);
    // A writer id already read needs no registry: its reading is kept until the subject's latest version changes.
    const reading = this.readings.get(schemaId);
    return reading ? read<T>(reading, schemaId, body) : this.readingOf(schemaId).then((fresh) => read<T>(fresh, schemaId, body));
  }

  private async readingOf(schemaId: number): Promise<Reading> {
    if (!(await this.versions.includes(schemaId))) {
      // Asking about an unknown id may have refreshed the subject's versions: read known ids afresh too.
      this.readings.clear();
      throw schemaMismatch(schemaId, this.subject);
    }
    const readerId = (await this.versions.latest()) ?? schemaId;
    const reader = await this.schemas.getSchema(readerId);
    const resolver = readerId === schemaId ? undefined : await this.resolverOf(reader, readerId, schemaId);
    const reading = { readerId, reader, resolver };
    // An unknown id refreshed the subject's versions: readings made under an older latest version are stale.
    const kept = this.readings.values().next();
    if (!kept.done && kept.value.readerId !== readerId) this.readings.clear();
    this.readings.set(schemaId, reading);
    return reading;
  }

  private async resolverOf(reader: Type, readerId: number, writerId: number): Promise<Resolver> {
    const key = `${readerId}<${writerId}`;
    const cached = this.resolvers.get(key);
    if (cached) return cached;
    const writer = await this.schemas.getSchema(writerId);
    let resolver: Resolver;
    try {
      resolver = reader.createResolver(writer);
    } catch (cause) {
      // Registered under the subject yet unreadable by its latest version: compatibility was not enforced.
      throw new ContractError(MessagingErrorCode.SchemaMismatch, `schema ${writerId} cannot be read as schema ${readerId} of ${this.subject}`, {
        cause,
        details: { rule: 'reader-resolution', schemaId: writerId, readerSchemaId: readerId, subject: this.subject },
      });
    }
    this.resolvers.set(key, resolver);
    return resolver;
  }
}

interface Reading {
  readonly readerId: number;
  readonly reader: Type;
  readonly resolver: Resolver | undefined;
}

function read<T>(reading: Reading, schemaId: number, body: Buffer): DecodedValue<T> {
  const value = decodeAvroBody(reading.reader, body, schemaId, reading.resolver);
  const violations = findViolations(reading.reader, value);
  if (violations.length > 0) throw invalidValueError(violations, { schemaId });
  return { schemaId, value: value as T };
}

function schemaMismatch(schemaId: number, subject: string): ContractError {
  return new ContractError(MessagingErrorCode.SchemaMismatch, `schema ${schemaId} is not a version of ${subject}`, {
    details: { rule: 'writer-schema-of-subject', schemaId, subject },
  });
}
