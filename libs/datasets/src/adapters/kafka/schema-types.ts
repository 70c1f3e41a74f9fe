import { Type } from 'avsc';
import type { Resolver, Schema } from 'avsc';
import { ContractError } from '@usm/errors';
import type { SchemaSource } from '@usm/messaging';
import { parseWireFormat } from '@usm/messaging';

/** Top-level fields a build never reads (free text, per-source attributes, vehicle pseudonyms): skipped, not decoded. */
const unreadFields = new Set(['description', 'attributes', 'vehiclePseudonyms']);

interface Decoding {
  readonly reader: Type;
  readonly resolver: Resolver;
}

/** A reader of the writer's record without the unread fields; avsc's resolver then skips their bytes. */
function decodingOf(writer: Type): Decoding {
  const schema = writer.schema() as { type?: unknown; fields?: { name: string }[] };
  if (schema.type !== 'record' || !schema.fields) return { reader: writer, resolver: writer.createResolver(writer) };
  const reader = Type.forSchema({ ...schema, fields: schema.fields.filter((f) => !unreadFields.has(f.name)) } as unknown as Schema);
  return { reader, resolver: reader.createResolver(writer) };
}

/**
 * Decodes Confluent wire-format values of local and replicated topics with the writer schema from the registry
 * of the city that wrote them (ADR 0005: MirrorMaker 2 copies bytes, so a partner topic carries the partner's
 * schema ids). Types are kept per city and id, so a million records cost one registry call per schema.
 */
export class WriterSchemaDecoder {
  private readonly types = new Map<string, Decoding>();

  constructor(
    private readonly ownCity: string,
    private readonly registries: ReadonlyMap<string, Pick<SchemaSource, 'getSchema'>>,
  ) {}

  /** Looks up every schema id in `values` not seen yet, so `decode` stays synchronous. */
  async prepare(city: string, values: readonly (Buffer | null)[]): Promise<void> {
    for (const value of values) {
      const { schemaId } = parseWireFormat(value);
      const key = `${city}:${schemaId}`;
      if (this.types.has(key)) continue;
      const registry = this.registries.get(city === this.ownCity ? this.ownCity : city);
      if (!registry) throw new ContractError('DATASETS.NO_REGISTRY_FOR_CITY', `no registry is configured for ${city}`, { details: { rule: 'partner-registry', city } });
      this.types.set(key, decodingOf(await registry.getSchema(schemaId)));
    }
  }

  /** The value of a prepared record (without the fields a build never reads). */
  decode(city: string, value: Buffer | null, where: { topic: string; partition: number; offset: string }): unknown {
    const { schemaId, body } = parseWireFormat(value);
    const decoding = this.types.get(`${city}:${schemaId}`);
    if (!decoding) throw new ContractError('DATASETS.SCHEMA_NOT_PREPARED', `schema ${schemaId} of ${city} was not looked up`, { details: { ...where, schemaId } });
    let decoded: { value: unknown; offset: number };
    try {
      decoded = decoding.reader.decode(body, 0, decoding.resolver);
    } catch (cause) {
      throw new ContractError('DATASETS.MALFORMED_SOURCE_RECORD', `record does not parse against schema ${schemaId} of ${city}`, { cause, details: { ...where, schemaId, rule: 'avro-parse' } });
    }
    if (decoded.offset !== body.length) {
      throw new ContractError('DATASETS.MALFORMED_SOURCE_RECORD', `record does not parse against schema ${schemaId} of ${city}`, { details: { ...where, schemaId, rule: 'avro-parse' } });
    }
    return decoded.value;
  }
}
