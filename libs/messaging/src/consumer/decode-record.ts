import type { DecodedValue } from '../codec/avro-codec';
import type { SourceRecord } from '../kafka/source-record';
import { headersAsText } from '../kafka/source-record';
import type { DecodedRecord } from './record-outcome';

/** What turns a record value into a typed value: the `AvroCodec` (writer schema) or a `ReaderSchemaDecoder`. */
export interface ValueDecoder {
  decode<T>(buffer: Buffer | null | undefined): Promise<DecodedValue<T>>;
}

/** Decodes a source record into the typed record a handler sees. */
export async function decodeRecord<T>(codec: ValueDecoder, record: SourceRecord): Promise<DecodedRecord<T>> {
  const { schemaId, value } = await codec.decode<T>(record.value);
  return {
    topic: record.topic,
    partition: record.partition,
    offset: record.offset,
    timestamp: record.timestamp,
    key: record.key === null ? null : record.key.toString('utf8'),
    headers: headersAsText(record.headers),
    schemaId,
    value,
  };
}
