import { ContractError, InfrastructureError, ValidationError } from '@usm/errors';
import type { DecodedRecord } from '../consumer/record-outcome';
import { DeadLetterHeader } from '../dead-letter/dead-letter-headers';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { aSourceRecord } from '../spec-support/source-records';
import type { PlanSteps } from './record-plan';
import { planRecord } from './record-plan';
import type { TransformResult } from './transform-result';

const failedAt = new Date('2026-11-21T09:00:00.000Z');
const decoded = (value: string): DecodedRecord<string> => ({ topic: 'incidents', partition: 2, offset: '41', timestamp: '1', key: 'inc-1', headers: {}, schemaId: 7, value });

function steps(behaviour: Partial<PlanSteps<string>> = {}): PlanSteps<string> {
  return {
    decode: async () => decoded('raw'),
    transform: async (record): Promise<TransformResult> => ({ outcome: 'processed', outputs: [{ topic: 'out', key: record.key ?? '', value: `${record.value}!`, headers: { h: '1' } }] }),
    encode: async (topic, value) => Buffer.from(`${topic}:${String(value)}`),
    now: () => failedAt,
    ...behaviour,
  };
}

describe('planRecord', () => {
  it('encodes every output of a processed record under its topic', async () => {
    const plan = await planRecord(aSourceRecord(), steps());
    expect(plan.outcome).toBe('processed');
    expect(plan.messages).toEqual([{ topic: 'out', key: 'inc-1', value: Buffer.from('out:raw!'), headers: { h: '1' } }]);
  });

  it('keeps a skipped record without outputs and carries its after-commit effect', async () => {
    const afterCommit = jest.fn();
    const plan = await planRecord(aSourceRecord(), steps({ transform: async () => ({ outcome: 'skipped', outputs: [], afterCommit }) }));
    expect(plan).toMatchObject({ outcome: 'skipped', messages: [] });
    expect(plan.afterCommit).toBe(afterCommit);
    expect(afterCommit).not.toHaveBeenCalled();
  });

  it.each([
    ['a record that cannot be decoded', { decode: () => Promise.reject(new ContractError(MessagingErrorCode.WrongMagicByte, 'first byte is 123')) }, MessagingErrorCode.WrongMagicByte],
    ['a record the transform refuses by throwing', { transform: () => Promise.reject(new ValidationError('PRIVACY.INVALID_EVENT', [{ field: 'f', rule: 'r', message: 'm' }])) }, 'PRIVACY.INVALID_EVENT'],
    ['a record the transform dead-letters', { transform: async (): Promise<TransformResult> => ({ outcome: 'deadLettered', error: new ContractError('X.REFUSED', 'refused') }) }, 'X.REFUSED'],
    ['a record the transform chokes on with a plain TypeError', { transform: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'M58739744')")) }, MessagingErrorCode.TransformFailed],
    ['an output that breaks its schema', { encode: () => Promise.reject(new ContractError(MessagingErrorCode.InvalidValue, 'invalid')) }, MessagingErrorCode.InvalidValue],
  ])('dead-letters %s with the original bytes and the reason headers', async (_name, behaviour, code) => {
    const source = aSourceRecord({ value: Buffer.from([9, 9]) });
    const plan = await planRecord(source, steps(behaviour as Partial<PlanSteps<string>>));
    expect(plan).toMatchObject({ outcome: 'deadLettered', deadLetterCode: code });
    const [deadLetter] = plan.messages;
    expect(deadLetter).toMatchObject({ topic: 'incidents.dlq', key: source.key, value: source.value });
    expect(deadLetter?.headers).toMatchObject({ [DeadLetterHeader.Code]: code, [DeadLetterHeader.SourceOffset]: '41', [DeadLetterHeader.FailedAt]: failedAt.toISOString(), 'mesh.trace-id': Buffer.from('t-1') });
  });

  it('keeps only the class name of a foreign error, never its message', async () => {
    const plan = await planRecord(aSourceRecord(), steps({ transform: () => Promise.reject(new TypeError('reporter 010-1234-5678 is odd')) }));
    const headers = plan.messages[0]?.headers ?? {};
    expect(headers[DeadLetterHeader.Reason]).toBe('the transform failed on this record with TypeError');
    expect(JSON.stringify(headers)).not.toContain('010-1234-5678');
  });

  it.each([
    ['a retriable mesh error from the transform', { transform: () => Promise.reject(new InfrastructureError('PRIVACY.LEDGER_UNAVAILABLE', 'down')) }],
    ['a kafkajs error from the transform', { transform: () => Promise.reject(Object.assign(new Error('broker gone'), { name: 'KafkaJSConnectionError' })) }],
  ])('rethrows %s so the chunk is aborted and read again', async (_name, behaviour) => {
    await expect(planRecord(aSourceRecord(), steps(behaviour as Partial<PlanSteps<string>>))).rejects.toThrow();
  });

  it.each([
    ['a registry outage', new InfrastructureError(MessagingErrorCode.RegistryUnavailable, 'down')],
    ['an error that is not a mesh error', new TypeError('bug')],
  ])('rethrows %s so the chunk is redelivered', async (_name, error) => {
    await expect(planRecord(aSourceRecord(), steps({ encode: () => Promise.reject(error) }))).rejects.toBe(error);
  });
});
