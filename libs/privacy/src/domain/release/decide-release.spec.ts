import type { RawSafetyEvent } from '../contract/raw-safety-event';
import type { LegalBasis } from '../contract/safety-event-enums';
import { decideRelease } from './decide-release';

const eventUnder = (legalBasis: LegalBasis) => ({ source: { systemId: 's', kind: 'cctvAnalytics', legalBasis } }) as RawSafetyEvent;
const answer = (basis: LegalBasis, aiTraining: boolean, crossBorder: boolean) => ({
  basis,
  allowed: { 'ai-training': aiTraining, 'cross-border-sharing': crossBorder },
});

describe('decideRelease', () => {
  it('emits when every gated purpose is allowed for the event basis', () => {
    expect(decideRelease(eventUnder('consent'), answer('consent', true, true))).toBe('emit');
  });

  it.each([
    ['AI training is not allowed', answer('statute', false, true)],
    ['cross-border sharing is not allowed', answer('statute', true, false)],
    ['nothing is allowed', answer('statute', false, false)],
  ])('keeps the event local when %s', (_, gateAnswer) => {
    expect(decideRelease(eventUnder('statute'), gateAnswer)).toBe('keep-local');
  });

  it('keeps the event local when the answer is about another basis', () => {
    expect(decideRelease(eventUnder('publicTask'), answer('consent', true, true))).toBe('keep-local');
  });
});
