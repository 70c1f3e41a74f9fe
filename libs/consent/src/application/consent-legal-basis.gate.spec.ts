import type { ConsentEvent } from '../domain/consent/consent.events';
import { evolveConsentHistory } from '../domain/consent/consent-history.projection';
import { day, granted, revoked, subjectId, t0 } from '../domain/consent/consent.spec-fixtures';
import { ConsentLegalBasisGate } from './consent-legal-basis.gate';
import type { ConsentReadModel } from './ports';

function gateOver(events: readonly ConsentEvent[]): ConsentLegalBasisGate {
  const rows = events.map((event, i) => evolveConsentHistory(null, { event, version: i + 1, occurredAt: t0 }));
  const readModel: ConsentReadModel = {
    currentConsent: async () => null,
    dueForExpiry: async () => [],
    consentHistory: async (subject, purpose) => rows.filter((row) => row.subjectId === subject && row.purpose === purpose),
  };
  return new ConsentLegalBasisGate(readModel);
}

describe('ConsentLegalBasisGate', () => {
  const gate = gateOver([granted(t0, null), revoked(t0 + 10 * day)]);
  const at = (offset: number) => new Date(t0 + offset);

  it('allows consent-based processing while the consent was in force, and not after its revocation', async () => {
    await expect(gate.isProcessingAllowed(subjectId, 'consent', 'aiTraining', at(day))).resolves.toBe(true);
    await expect(gate.isProcessingAllowed(subjectId, 'consent', 'aiTraining', at(11 * day))).resolves.toBe(false);
    await expect(gate.isProcessingAllowed(subjectId, 'consent', 'aiTraining', at(-1))).resolves.toBe(false);
  });

  it('refuses a purpose the subject never consented to', async () => {
    await expect(gate.isProcessingAllowed(subjectId, 'consent', 'research', at(day))).resolves.toBe(false);
  });

  it('checks the event kind against the scope', async () => {
    await expect(gate.allows('consent', 'aiTraining', { subjectId, at: at(day), sourceKind: 'cctvAnalytics', category: 'traffic' })).resolves.toBe(true);
    await expect(gate.allows('consent', 'aiTraining', { subjectId, at: at(day), category: 'health' })).resolves.toBe(false);
  });

  it('answers non-consent bases from the policy, with or without a subject', async () => {
    await expect(gate.isProcessingAllowed(null, 'pseudonymisedResearch', 'research', at(day))).resolves.toBe(true);
    await expect(gate.isProcessingAllowed(null, 'publicTask', 'aiTraining', at(day))).resolves.toBe(false);
    await expect(gate.isProcessingAllowed(null, 'pseudonymisedResearch', 'crossBorderSharing', at(day))).resolves.toBe(true);
    await expect(gate.isProcessingAllowed(null, 'statute', 'crossBorderSharing', at(day))).resolves.toBe(false);
    await expect(gate.isProcessingAllowed(null, 'consent', 'aiTraining', at(day))).resolves.toBe(false);
  });
});
