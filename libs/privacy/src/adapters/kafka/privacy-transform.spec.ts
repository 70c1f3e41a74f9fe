import { InfrastructureError } from '@usm/errors';
import type { DecodedRecord } from '@usm/messaging';
import type { AnonymisedSafetyEvent } from '../../domain/contract/anonymised-safety-event';
import type { RawSafetyEvent } from '../../domain/contract/raw-safety-event';
import type { EgressGate } from './egress-gate';
import { QuarantineHeader } from './egress-gate';
import { PrivacyHeader, privacyTransform } from './privacy-transform';

const raw = { eventId: 'e-1' } as RawSafetyEvent;
const record = { topic: 'raw', partition: 0, offset: '3', timestamp: '1', key: 'e-1', headers: { 'x-caller': '010-1234-5678' }, schemaId: 1, value: raw } as DecodedRecord<RawSafetyEvent>;
const event = { eventId: 'e-1', privacy: { policyVersion: 'v9', keyId: 'k2' } } as AnonymisedSafetyEvent;
const cleanGate = (guarded = jest.fn()): EgressGate => ({ guard: () => ({ clean: true }), quarantineTopic: 'quarantine', guarded });

describe('privacyTransform', () => {
  it('emits one record keyed by event id, with provenance headers and none of the raw headers', async () => {
    const keptLocal = jest.fn();
    const transform = privacyTransform({ release: async () => ({ kind: 'emit', event }), metrics: { keptLocal }, outputTopic: 'anon', egress: cleanGate() });
    await expect(transform(record)).resolves.toMatchObject({
      outcome: 'processed',
      outputs: [{ topic: 'anon', key: 'e-1', value: event, headers: { [PrivacyHeader.PolicyVersion]: 'v9', [PrivacyHeader.KeyId]: 'k2' } }],
    });
    expect(keptLocal).not.toHaveBeenCalled();
  });

  it('skips a kept-local event and counts it only once the transaction committed', async () => {
    const keptLocal = jest.fn();
    const transform = privacyTransform({ release: async () => ({ kind: 'keep-local', eventId: 'e-1', basis: 'statute', reason: 'gate-refused' }), metrics: { keptLocal }, outputTopic: 'anon', egress: cleanGate() });
    const result = await transform(record);
    expect(result).toMatchObject({ outcome: 'skipped', outputs: [] });
    expect(keptLocal).not.toHaveBeenCalled();
    result.afterCommit?.();
    expect(keptLocal).toHaveBeenCalledWith('statute', 'gate-refused');
  });

  it('counts a published event as guarded and clean, only after commit', async () => {
    const guarded = jest.fn();
    const transform = privacyTransform({ release: async () => ({ kind: 'emit', event }), metrics: { keptLocal: jest.fn() }, outputTopic: 'anon', egress: cleanGate(guarded) });
    const result = await transform(record);
    expect(guarded).not.toHaveBeenCalled();
    result.afterCommit?.();
    expect(guarded).toHaveBeenCalledWith(false, []);
  });

  it('sends an event the egress guard stops to the quarantine topic only, with the kinds and fields in headers', async () => {
    const guarded = jest.fn();
    const guard = jest.fn(() => ({ clean: false as const, kinds: ['name' as const, 'phone' as const], fields: ['attributes', 'description'] }));
    const transform = privacyTransform({ release: async () => ({ kind: 'emit', event }), metrics: { keptLocal: jest.fn() }, outputTopic: 'anon', egress: { guard, quarantineTopic: 'quarantine', guarded } });
    const result = await transform(record);
    expect(guard).toHaveBeenCalledWith(event, raw);
    expect(result).toMatchObject({ outcome: 'skipped' });
    if (result.outcome === 'deadLettered') throw new Error('unexpected dead letter');
    expect(result.outputs).toEqual([
      { topic: 'quarantine', key: 'e-1', value: event, headers: { [PrivacyHeader.PolicyVersion]: 'v9', [PrivacyHeader.KeyId]: 'k2', [QuarantineHeader.Kinds]: 'name,phone', [QuarantineHeader.Fields]: 'attributes,description' } },
    ]);
    result.afterCommit?.();
    expect(guarded).toHaveBeenCalledWith(true, ['name', 'phone']);
  });

  it('rejects with the gate failure, so the processor aborts the chunk and nothing is emitted on an unknown answer', async () => {
    const unreachable = new InfrastructureError('PRIVACY.LEDGER_UNAVAILABLE', 'the consent ledger did not answer');
    const keptLocal = jest.fn();
    const transform = privacyTransform({ release: async () => Promise.reject(unreachable), metrics: { keptLocal }, outputTopic: 'anon', egress: cleanGate() });
    await expect(transform(record)).rejects.toBe(unreachable);
    expect(keptLocal).not.toHaveBeenCalled();
  });

  it('answers at once, without a promise, when the release does', () => {
    const transform = privacyTransform({ release: () => ({ kind: 'emit', event }), metrics: { keptLocal: jest.fn() }, outputTopic: 'anon', egress: cleanGate() });
    const result = transform(record);
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toMatchObject({ outcome: 'processed', outputs: [{ topic: 'anon', key: 'e-1', value: event }] });
  });
});
