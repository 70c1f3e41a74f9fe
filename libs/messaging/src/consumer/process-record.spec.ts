import type { MeshError } from '@usm/errors';
import { ContractError, InfrastructureError, RuleViolationError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import type { SourceRecord } from '../kafka/source-record';
import { aSourceRecord } from '../spec-support/source-records';
import type { RecordSteps } from './process-record';
import { isDeadLetterCase, processRecord } from './process-record';
import type { HandlerResult } from './record-outcome';

/** Steps that record every call in order; decode and handle behave as told. */
function recordingSteps(behaviour: { decode?: () => Promise<string>; handle?: () => Promise<HandlerResult>; deadLetter?: () => Promise<void> }) {
  const calls: string[] = [];
  const steps: RecordSteps<string> = {
    decode: async (record: SourceRecord) => (calls.push(`decode ${record.offset}`), behaviour.decode ? behaviour.decode() : 'decoded'),
    handle: async (decoded) => (calls.push(`handle ${decoded}`), behaviour.handle ? behaviour.handle() : 'processed'),
    deadLetter: async (record: SourceRecord, error: MeshError) => (calls.push(`deadLetter ${record.offset} ${error.code}`), behaviour.deadLetter?.()),
    commit: async (record: SourceRecord) => void calls.push(`commit ${record.offset}`),
    count: (topic, outcome) => void calls.push(`count ${topic} ${outcome}`),
  };
  return { steps, calls };
}

const poison = new ContractError(MessagingErrorCode.WrongMagicByte, 'first byte is 123, expected magic byte 0');
const outage = new InfrastructureError(MessagingErrorCode.RegistryUnavailable, 'registry down');

describe('processRecord', () => {
  it.each<HandlerResult>(['processed', 'skipped'])('commits and counts a record the handler reports %s', async (result) => {
    const { steps, calls } = recordingSteps({ handle: async () => result });
    await expect(processRecord(aSourceRecord(), steps)).resolves.toBe(result);
    expect(calls).toEqual(['decode 41', 'handle decoded', 'commit 41', `count incidents ${result}`]);
  });

  it('dead-letters a record that fails decoding, then commits it, without calling the handler', async () => {
    const { steps, calls } = recordingSteps({ decode: () => Promise.reject(poison) });
    await expect(processRecord(aSourceRecord(), steps)).resolves.toBe('deadLettered');
    expect(calls).toEqual(['decode 41', 'deadLetter 41 MESSAGING.WRONG_MAGIC_BYTE', 'commit 41', 'count incidents deadLettered']);
  });

  it('dead-letters a record whose handler raised a non-retriable mesh error', async () => {
    const refused = new RuleViolationError('CONSENT.ALREADY_REVOKED', 'consent already revoked');
    const { steps, calls } = recordingSteps({ handle: () => Promise.reject(refused) });
    await expect(processRecord(aSourceRecord(), steps)).resolves.toBe('deadLettered');
    expect(calls).toContain('deadLetter 41 CONSENT.ALREADY_REVOKED');
    expect(calls.at(-2)).toBe('commit 41');
  });

  it.each([
    ['a retriable decode failure (registry down)', { decode: () => Promise.reject(outage) }],
    ['a retriable handler failure', { handle: () => Promise.reject(outage) }],
    ['an error that is not a mesh error', { handle: () => Promise.reject(new TypeError('bug')) }],
  ])('rethrows %s without committing, dead-lettering or counting', async (_name, behaviour) => {
    const { steps, calls } = recordingSteps(behaviour);
    await expect(processRecord(aSourceRecord(), steps)).rejects.toBeInstanceOf(Error);
    expect(calls.some((call) => /^(commit|deadLetter|count)/.test(call))).toBe(false);
  });

  it('leaves the record uncommitted when the dead letter cannot be sent', async () => {
    const { steps, calls } = recordingSteps({ decode: () => Promise.reject(poison), deadLetter: () => Promise.reject(outage) });
    await expect(processRecord(aSourceRecord(), steps)).rejects.toBe(outage);
    expect(calls).toEqual(['decode 41', 'deadLetter 41 MESSAGING.WRONG_MAGIC_BYTE']);
  });
});

describe('isDeadLetterCase', () => {
  it('is true only for non-retriable mesh errors', () => {
    expect(isDeadLetterCase(poison)).toBe(true);
    expect(isDeadLetterCase(outage)).toBe(false);
    expect(isDeadLetterCase(new Error('x'))).toBe(false);
    expect(isDeadLetterCase({ status: 'error', message: 'Internal server error' })).toBe(false);
  });
});
