import type { ConsentRecordEvent } from '@usm/contracts';
import { consentEndedOf } from './consent-ended';
import { retractionForConsent } from './retraction-for-consent';

const metadata = { eventId: 'e6a9b1c2-0d3e-4f50-8a6b-7c8d9e0f1a2b', aggregateId: 'consent-1', aggregateVersion: 2, occurredAt: 1_000, commandId: 'cmd', causationId: null, correlationId: null };
const scope = { sourceKinds: ['citizenReport'], categories: ['traffic'] };
const revoked = (purpose: string): ConsentRecordEvent => ({ type: 'ConsentRevoked', data: { 'mesh.consent.ConsentRevoked': { consentId: 'consent-1', subjectId: 'subj-pseudonym', purpose, revokedAt: 5_000, reasonCode: null } }, metadata } as unknown as ConsentRecordEvent);
const context = { city: 'incheon', noticeId: '11111111-2222-5333-8444-555555555555', subjectEventIds: ['b', 'a', 'b'] };

describe('the end of a consent, as dataset withdrawal reads it', () => {
  it('turns a revocation and an expiry into a consent end with the ledger event id, and ignores grants and renewals', () => {
    expect(consentEndedOf(revoked('aiTraining'))).toEqual({ consentEventId: metadata.eventId, subjectId: 'subj-pseudonym', purpose: 'aiTraining', reason: 'consentRevoked', endedAt: 5_000 });
    const expired = { type: 'ConsentExpired', data: { 'mesh.consent.ConsentExpired': { consentId: 'consent-1', subjectId: 's', purpose: 'aiValidation', expiredAt: 9_000 } }, metadata } as unknown as ConsentRecordEvent;
    expect(consentEndedOf(expired)).toMatchObject({ reason: 'consentExpired', endedAt: 9_000, purpose: 'aiValidation' });
    const granted = { type: 'ConsentGranted', data: { 'mesh.consent.ConsentGranted': { consentId: 'c', subjectId: 's', purpose: 'aiTraining', scope } }, metadata } as unknown as ConsentRecordEvent;
    expect(consentEndedOf(granted)).toBeNull();
  });

  it('retracts every own event of the subject for AI training or validation, by id only, sorted and once each', () => {
    const ended = consentEndedOf(revoked('aiValidation'));
    if (!ended) throw new Error('fixture');
    const decision = retractionForConsent(ended, context);
    expect(decision).toEqual({ kind: 'retract', notice: { noticeId: context.noticeId, city: 'incheon', eventIds: ['a', 'b'], reason: 'consentRevoked', retractedAt: 5_000 } });
    expect(JSON.stringify(decision)).not.toContain('subj-pseudonym');
  });

  it('ignores the end of a consent for another purpose, and a subject with no event', () => {
    const other = consentEndedOf(revoked('statistics'));
    const ai = consentEndedOf(revoked('aiTraining'));
    if (!other || !ai) throw new Error('fixture');
    expect(retractionForConsent(other, context)).toEqual({ kind: 'ignored', why: 'notDatasetPurpose' });
    expect(retractionForConsent(ai, { ...context, subjectEventIds: [] })).toEqual({ kind: 'ignored', why: 'noEventOfSubject' });
  });
});
