import { AvroCodec } from '../codec/avro-codec';
import type { DecodedValue } from '../codec/avro-codec';
import type { SchemaSource } from '../registry/schema-source';
import { originCityOf } from './origin-city';
import { ReadOnlySchemaSource } from './read-only-schema-source';

/** A value decoded with the registry of the city that wrote it; `originCity` is null for local records. */
export interface FederatedDecodedValue<T> extends DecodedValue<T> {
  readonly originCity: string | null;
}

/**
 * Decodes local and replicated topics alike. Records keep the schema ids of the city that wrote them
 * (MirrorMaker 2 copies bytes), so a remote topic is decoded against its origin city's registry, read-only
 * and cached per registry and id; a local or unrecognised topic uses the local registry. See ADR 0005.
 */
export class FederatedAvroDeserializer {
  private readonly local: AvroCodec;
  private readonly remote = new Map<string, AvroCodec>();

  constructor(local: SchemaSource, partners: Readonly<Record<string, Pick<SchemaSource, 'getSchema'>>>, private readonly separator = '.') {
    this.local = new AvroCodec(local);
    for (const [city, source] of Object.entries(partners)) this.remote.set(city, new AvroCodec(new ReadOnlySchemaSource(city, source)));
  }

  /** The partner city whose registry decodes `topic`, or null for the local registry. */
  originOf(topic: string): string | null {
    return originCityOf(topic, new Set(this.remote.keys()), this.separator) ?? null;
  }

  async decode<T = unknown>(topic: string, value: Buffer | null | undefined): Promise<FederatedDecodedValue<T>> {
    const originCity = this.originOf(topic);
    const codec = originCity === null ? this.local : (this.remote.get(originCity) as AvroCodec);
    return { ...(await codec.decode<T>(value)), originCity };
  }
}
