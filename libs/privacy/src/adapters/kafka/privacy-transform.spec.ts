import { InfrastructureError } from '@usm/errors';
import type { DecodedRecord } from '@usm/messaging';
import type { AnonymisedSafetyEvent } from '../../domain/contract/anonymised-safety-event';
import type { RawSafetyEvent } from '../../domain/contract/raw-safety-event';
import { PrivacyHeader, privacyTransform } from './privacy-transform';

const raw = { eventId: 'e-1' } as RawSafetyEvent;
const record = { topic: 'raw', partition: 0, offset: '3', timestamp: '1', key: 'e-1', headers: { 'x-caller': '010-1234-5678' }, schemaId: 1, value: raw } as DecodedRecord<RawSafetyEvent>;
const event = { eventId: 'e-1', privacy: { policyVersion: 'v9', keyId: 'k2' } } as AnonymisedSafetyEvent;

describe('privacyTransform', () => {
  it('emits one record keyed by event id, with provenance headers and none of the raw headers', async () => {
    const keptLocal = jest.fn();
    const transform = privacyTransform({ release: async () => ({ kind: 'emit', event }), metrics: { keptLocal }, outputTopic: 'anon' });
    await expect(transform(record)).resolves.toEqual({
      outcome: 'processed',
      outputs: [{ topic: 'anon', key: 'e-1', value: event, headers: { [PrivacyHeader.PolicyVersion]: 'v9', [PrivacyHeader.KeyId]: 'k2' } }],
    });
    expect(keptLocal).not.toHaveBeenCalled();
  });

  it('skips a kept-local event and counts it only once the transaction committed', async () => {
    const keptLocal = jest.fn();
    const transform = privacyTransform({ release: async () => ({ kind: 'keep-local', eventId: 'e-1', basis: 'statute' }), metrics: { keptLocal }, outputTopic: 'anon' });
    const result = await transform(record);
    expect(result).toMatchObject({ outcome: 'skipped', outputs: [] });
    expect(keptLocal).not.toHaveBeenCalled();
    result.afterCommit?.();
    expect(keptLocal).toHaveBeenCalledWith('statute');
  });

  it('rejects with the gate failure, so the processor aborts the chunk and nothing is emitted on an unknown answer', async () => {
    const unreachable = new InfrastructureError('PRIVACY.LEDGER_UNAVAILABLE', 'the consent ledger did not answer');
    const keptLocal = jest.fn();
    const transform = privacyTransform({ release: async () => Promise.reject(unreachable), metrics: { keptLocal }, outputTopic: 'anon' });
    await expect(transform(record)).rejects.toBe(unreachable);
    expect(keptLocal).not.toHaveBeenCalled();
  });
});
