import type { AvroCodec } from '../codec/avro-codec';
import type { SourceRecord } from '../kafka/source-record';
import { headersAsText } from '../kafka/source-record';
import type { DecodedRecord } from './record-outcome';

/** Decodes a source record into the typed record a handler sees. */
export async function decodeRecord<T>(codec: AvroCodec, record: SourceRecord): Promise<DecodedRecord<T>> {
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
