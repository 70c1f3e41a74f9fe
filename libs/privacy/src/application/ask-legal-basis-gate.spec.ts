import type { RawSafetyEvent } from '../domain/contract/raw-safety-event';
import type { LegalBasisGate } from '../domain/release/legal-basis-gate';
import { decideRelease } from '../domain/release/decide-release';
import { askLegalBasisGate } from './ask-legal-basis-gate';

const raw = { source: { systemId: 's', kind: 'citizenReport', legalBasis: 'consent' } } as RawSafetyEvent;
const context = { city: 'incheon', eventId: 'e1', sourceKind: 'citizenReport' as const, reporterPseudonym: 'hmac-sha256:k:abc' };

describe('askLegalBasisGate', () => {
  it("asks about every gated purpose for the event's basis, with the context", async () => {
    const allows = jest.fn().mockReturnValue(true);
    const answer = await askLegalBasisGate({ allows }, raw, context);
    expect(answer).toEqual({ basis: 'consent', allowed: { 'ai-training': true, 'cross-border-sharing': true } });
    expect(allows).toHaveBeenCalledWith('consent', 'ai-training', context);
    expect(allows).toHaveBeenCalledWith('consent', 'cross-border-sharing', context);
  });

  it('waits for an asynchronous gate, such as a consent ledger', async () => {
    const ledger: LegalBasisGate = { allows: async (_, purpose) => purpose === 'ai-training' };
    const answer = await askLegalBasisGate(ledger, raw, context);
    expect(answer.allowed).toEqual({ 'ai-training': true, 'cross-border-sharing': false });
    expect(decideRelease(raw, answer)).toBe('keep-local');
  });
});
