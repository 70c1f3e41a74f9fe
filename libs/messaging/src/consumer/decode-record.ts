import type { DecodedValue } from '../codec/avro-codec';
import type { SourceRecord } from '../kafka/source-record';
import { headersAsText } from '../kafka/source-record';
import type { DecodedRecord } from './record-outcome';

/** What turns a record value into a typed value: the `AvroCodec` (writer schema) or a `ReaderSchemaDecoder`. */
export interface ValueDecoder {
  decode<T>(buffer: Buffer | null | undefined): Promise<DecodedValue<T>>;
  /** `decode`, at once when it needs no lookup; when absent, `decode` is used. */
  decodeSoon?<T>(buffer: Buffer | null | undefined): DecodedValue<T> | Promise<DecodedValue<T>>;
}

/** Decodes a source record into the typed record a handler sees. */
export async function decodeRecord<T>(codec: ValueDecoder, record: SourceRecord): Promise<DecodedRecord<T>> {
  return decodedRecordOf(record, await codec.decode<T>(record.value));
}

/** `decodeRecord`, at once when the decoder needs no lookup (a promise otherwise). May throw what `decodeRecord` rejects with. */
export function decodeRecordSoon<T>(codec: ValueDecoder, record: SourceRecord): DecodedRecord<T> | Promise<DecodedRecord<T>> {
  const decoded = codec.decodeSoon ? codec.decodeSoon<T>(record.value) : codec.decode<T>(record.value);
  return decoded instanceof Promise ? decoded.then((value) => decodedRecordOf(record, value)) : decodedRecordOf(record, decoded);
}

function decodedRecordOf<T>(record: SourceRecord, { schemaId, value }: DecodedValue<T>): DecodedRecord<T> {
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
