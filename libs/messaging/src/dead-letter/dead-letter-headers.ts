import type { IHeaders } from 'kafkajs';
import type { MeshError } from '@usm/errors';
import type { SourceRecord } from '../kafka/source-record';

/**
 * Headers a dead letter carries beside the original key, value and headers. Values are UTF-8 text;
 * the reason is the error's message, which by mesh convention never holds personal data.
 */
export const DeadLetterHeader = {
  /** Human-readable reason, e.g. `first byte is 123, expected magic byte 0`. */
  Reason: 'mesh.dlq.reason',
  /** Stable error code, e.g. `MESSAGING.WRONG_MAGIC_BYTE`. */
  Code: 'mesh.dlq.code',
  /** Topic the record was read from. */
  SourceTopic: 'mesh.dlq.source-topic',
  /** Partition the record was read from, in decimal. */
  SourcePartition: 'mesh.dlq.source-partition',
  /** Offset of the record in its partition, in decimal. */
  SourceOffset: 'mesh.dlq.source-offset',
  /** When it was dead-lettered, ISO-8601 UTC. */
  FailedAt: 'mesh.dlq.failed-at',
  /** Writer schema id the error names (e.g. a schema of another contract), in decimal; absent otherwise. */
  SchemaId: 'mesh.dlq.schema-id',
} as const;

export type DeadLetterHeaderName = (typeof DeadLetterHeader)[keyof typeof DeadLetterHeader];

/** The reason headers of a dead letter. */
export function buildDeadLetterHeaders(record: SourceRecord, error: MeshError, failedAt: Date): Partial<Record<DeadLetterHeaderName, string>> {
  const { schemaId } = error.details;
  return {
    [DeadLetterHeader.Reason]: error.message,
    [DeadLetterHeader.Code]: error.code,
    [DeadLetterHeader.SourceTopic]: record.topic,
    [DeadLetterHeader.SourcePartition]: String(record.partition),
    [DeadLetterHeader.SourceOffset]: record.offset,
    [DeadLetterHeader.FailedAt]: failedAt.toISOString(),
    ...(typeof schemaId === 'number' ? { [DeadLetterHeader.SchemaId]: String(schemaId) } : {}),
  };
}

/** Original headers plus the reason headers; ours win, so an earlier failure's headers never mislead. */
export function deadLetterHeadersOf(record: SourceRecord, error: MeshError, failedAt: Date): IHeaders {
  return { ...record.headers, ...buildDeadLetterHeaders(record, error, failedAt) };
}
