import { ContractError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { aSourceRecord } from '../spec-support/source-records';
import { DeadLetterHeader, buildDeadLetterHeaders, deadLetterHeadersOf } from './dead-letter-headers';

const error = new ContractError(MessagingErrorCode.WrongMagicByte, 'first byte is 123, expected magic byte 0');
const failedAt = new Date('2026-11-21T08:30:00.000Z');

describe('dead-letter headers', () => {
  it('publishes the documented header names', () => {
    expect(Object.values(DeadLetterHeader)).toEqual([
      'mesh.dlq.reason',
      'mesh.dlq.code',
      'mesh.dlq.source-topic',
      'mesh.dlq.source-partition',
      'mesh.dlq.source-offset',
      'mesh.dlq.failed-at',
      'mesh.dlq.schema-id',
    ]);
  });

  it('says why, with what code, where the record came from and when it failed', () => {
    expect(buildDeadLetterHeaders(aSourceRecord(), error, failedAt)).toEqual({
      'mesh.dlq.reason': 'first byte is 123, expected magic byte 0',
      'mesh.dlq.code': 'MESSAGING.WRONG_MAGIC_BYTE',
      'mesh.dlq.source-topic': 'incidents',
      'mesh.dlq.source-partition': '2',
      'mesh.dlq.source-offset': '41',
      'mesh.dlq.failed-at': '2026-11-21T08:30:00.000Z',
    });
  });

  it('names the schema id an error points at, and only then', () => {
    const mismatch = new ContractError(MessagingErrorCode.SchemaMismatch, 'schema 9 is not a version of raw-value', { details: { schemaId: 9 } });
    expect(buildDeadLetterHeaders(aSourceRecord(), mismatch, failedAt)).toMatchObject({ [DeadLetterHeader.SchemaId]: '9', [DeadLetterHeader.Code]: 'MESSAGING.SCHEMA_MISMATCH' });
    expect(buildDeadLetterHeaders(aSourceRecord(), error, failedAt)).not.toHaveProperty(DeadLetterHeader.SchemaId);
  });

  it('keeps the original headers and overrides stale reason headers of an earlier failure', () => {
    const record = aSourceRecord({ headers: { 'mesh.trace-id': 't-1', [DeadLetterHeader.Code]: 'OLD.CODE' } });
    expect(deadLetterHeadersOf(record, error, failedAt)).toMatchObject({ 'mesh.trace-id': 't-1', [DeadLetterHeader.Code]: 'MESSAGING.WRONG_MAGIC_BYTE' });
  });
});
