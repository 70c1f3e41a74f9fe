import type { ConsentView } from '../consent/consent-view';
import { isProcessingLawful } from './legal-basis.policy';

const at = new Date(Date.UTC(2026, 5, 1));
const consent = (overrides: Partial<ConsentView> = {}): ConsentView => ({
  subjectId: 'psn-1',
  purpose: 'aiTraining',
  status: 'granted',
  legalBasis: 'consent',
  scope: { sourceKinds: ['cctvAnalytics'], categories: ['traffic'] },
  expiresAt: null,
  version: 1,
  at,
  ...overrides,
});
const withSubject = { subjectId: 'psn-1', at };

describe('legal-basis policy: consent', () => {
  it('allows a purpose the subject consented to and that is in force', () => {
    expect(isProcessingLawful('consent', 'aiTraining', withSubject, consent())).toBe(true);
  });

  it.each([
    ['revoked', consent({ status: 'revoked' })],
    ['expired', consent({ status: 'expired' })],
    ['never given', consent({ status: 'none', legalBasis: null, scope: null })],
    ['recorded on another basis', consent({ legalBasis: 'publicTask' })],
    ['for another purpose', consent({ purpose: 'research' })],
    ['missing', null],
  ])('refuses when the consent is %s', (_why, view) => {
    expect(isProcessingLawful('consent', 'aiTraining', withSubject, view)).toBe(false);
  });

  it('allows cross-border sharing, like AI training, only with a consent in force for that purpose', () => {
    const sharing = consent({ purpose: 'crossBorderSharing' });
    expect(isProcessingLawful('consent', 'crossBorderSharing', withSubject, sharing)).toBe(true);
    expect(isProcessingLawful('consent', 'crossBorderSharing', withSubject, consent({ purpose: 'crossBorderSharing', status: 'revoked' }))).toBe(false);
    expect(isProcessingLawful('consent', 'crossBorderSharing', withSubject, consent())).toBe(false);
    expect(isProcessingLawful('consent', 'crossBorderSharing', { subjectId: null, at }, sharing)).toBe(false);
  });

  it('refuses when there is no subject to ask', () => {
    expect(isProcessingLawful('consent', 'aiTraining', { subjectId: null, at }, consent())).toBe(false);
  });

  it('checks the event kind against the scope when given', () => {
    expect(isProcessingLawful('consent', 'aiTraining', { ...withSubject, sourceKind: 'cctvAnalytics', category: 'traffic' }, consent())).toBe(true);
    expect(isProcessingLawful('consent', 'aiTraining', { ...withSubject, sourceKind: 'fireSensor' }, consent())).toBe(false);
    expect(isProcessingLawful('consent', 'aiTraining', { ...withSubject, category: 'health' }, consent())).toBe(false);
  });
});

describe('legal-basis policy: other bases', () => {
  it.each([
    ['statute', 'operationalSafety', true],
    ['statute', 'aiTraining', false],
    ['publicTask', 'statistics', true],
    ['publicTask', 'research', false],
    ['pseudonymisedResearch', 'research', true],
    ['pseudonymisedResearch', 'statistics', true],
    ['pseudonymisedResearch', 'aiTraining', false],
    ['pseudonymisedResearch', 'aiValidation', false],
    ['pseudonymisedResearch', 'crossBorderSharing', true],
    ['statute', 'crossBorderSharing', false],
    ['publicTask', 'crossBorderSharing', false],
  ] as const)('%s for %s: %s, with or without a subject', (basis, purpose, allowed) => {
    expect(isProcessingLawful(basis, purpose, { subjectId: null, at }, null)).toBe(allowed);
    expect(isProcessingLawful(basis, purpose, withSubject, consent({ status: 'revoked' }))).toBe(allowed);
  });
});
