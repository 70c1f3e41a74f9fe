import type { IHeaders, KafkaMessage } from 'kafkajs';

/** A record exactly as it came off the topic: the bytes a dead letter must preserve. */
export interface SourceRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly timestamp: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: IHeaders;
}

/** The source record of a kafkajs `eachMessage` payload. */
export function sourceRecordOf(topic: string, partition: number, message: KafkaMessage): SourceRecord {
  return {
    topic,
    partition,
    offset: message.offset,
    timestamp: message.timestamp,
    key: message.key ?? null,
    value: message.value ?? null,
    headers: message.headers ?? {},
  };
}

/** The offset to commit once a record is done: Kafka commits name the next record to read. */
export function nextOffset(record: SourceRecord): string {
  return (BigInt(record.offset) + 1n).toString();
}

/** Headers as UTF-8 strings; for a repeated header the last value wins, as in Java's `lastHeader`. */
export function headersAsText(headers: IHeaders): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (value !== undefined) text[name] = value.toString();
  }
  return text;
}
