import type { EventStore } from '@usm/event-sourcing';
import { InMemoryEventStore } from '@usm/event-sourcing/testing';
import type { StoredConsentEvent } from '../domain/consent/consent-event.upcaster';
import { consentStreamId } from '../domain/consent/consent-stream-id';
import { day, granted, revoked, subjectId, t0 } from '../domain/consent/consent.spec-fixtures';
import { ConsentLegalBasisGate } from './consent-legal-basis.gate';

async function gateOver(events: readonly StoredConsentEvent[]): Promise<ConsentLegalBasisGate> {
  const store = new InMemoryEventStore();
  if (events.length > 0) await store.appendToStream(consentStreamId(subjectId, 'aiTraining'), 0, events, { commandId: 'c-1' });
  return new ConsentLegalBasisGate(store);
}

describe('ConsentLegalBasisGate', () => {
  const at = (offset: number) => new Date(t0 + offset);

  it('allows consent-based processing while the consent was in force, and not after its revocation', async () => {
    const gate = await gateOver([granted(t0, null), revoked(t0 + 10 * day)]);
    await expect(gate.isProcessingAllowed(subjectId, 'consent', 'aiTraining', at(day))).resolves.toBe(true);
    await expect(gate.isProcessingAllowed(subjectId, 'consent', 'aiTraining', at(11 * day))).resolves.toBe(false);
    await expect(gate.isProcessingAllowed(subjectId, 'consent', 'aiTraining', at(-1))).resolves.toBe(false);
  });

  it('answers from the event store: a revocation appended a moment ago counts, with no projection in between', async () => {
    const store = new InMemoryEventStore();
    const gate = new ConsentLegalBasisGate(store);
    const stream = consentStreamId(subjectId, 'aiTraining');
    await store.appendToStream(stream, 0, [granted(t0, null)], { commandId: 'c-1' });
    await expect(gate.isProcessingAllowed(subjectId, 'consent', 'aiTraining', at(2 * day))).resolves.toBe(true);
    await store.appendToStream(stream, 1, [revoked(t0 + day)], { commandId: 'c-2' });
    await expect(gate.isProcessingAllowed(subjectId, 'consent', 'aiTraining', at(2 * day))).resolves.toBe(false);
  });

  it('folds a v1 grant (before jurisdiction) as the current shape', async () => {
    const { jurisdiction: _, ...v1Data } = granted(t0, null).data;
    const gate = await gateOver([{ type: 'ConsentGranted', data: v1Data }]);
    await expect(gate.isProcessingAllowed(subjectId, 'consent', 'aiTraining', at(day))).resolves.toBe(true);
  });

  it('refuses a purpose the subject never consented to', async () => {
    const gate = await gateOver([granted(t0, null)]);
    await expect(gate.isProcessingAllowed(subjectId, 'consent', 'research', at(day))).resolves.toBe(false);
  });

  it('checks the event kind against the scope', async () => {
    const gate = await gateOver([granted(t0, null)]);
    await expect(gate.allows('consent', 'aiTraining', { subjectId, at: at(day), sourceKind: 'cctvAnalytics', category: 'traffic' })).resolves.toBe(true);
    await expect(gate.allows('consent', 'aiTraining', { subjectId, at: at(day), category: 'health' })).resolves.toBe(false);
  });

  it('answers "unknown" (a retriable CONSENT.LEGAL_BASIS_UNKNOWN), never yes or no, when the store cannot be read', async () => {
    const broken: EventStore = Object.assign(new InMemoryEventStore(), { readStream: async () => Promise.reject(new Error('connection refused')) });
    const answer = new ConsentLegalBasisGate(broken).isProcessingAllowed(subjectId, 'consent', 'aiTraining', at(day));
    await expect(answer).rejects.toMatchObject({ code: 'CONSENT.LEGAL_BASIS_UNKNOWN', retriable: true });
  });

  it('answers non-consent bases from the policy, with or without a subject', async () => {
    const gate = await gateOver([]);
    await expect(gate.isProcessingAllowed(null, 'pseudonymisedResearch', 'research', at(day))).resolves.toBe(true);
    await expect(gate.isProcessingAllowed(null, 'publicTask', 'aiTraining', at(day))).resolves.toBe(false);
    await expect(gate.isProcessingAllowed(null, 'pseudonymisedResearch', 'crossBorderSharing', at(day))).resolves.toBe(true);
    await expect(gate.isProcessingAllowed(null, 'statute', 'crossBorderSharing', at(day))).resolves.toBe(false);
    await expect(gate.isProcessingAllowed(null, 'consent', 'aiTraining', at(day))).resolves.toBe(false);
  });
});
