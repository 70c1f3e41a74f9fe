import type { DataPurpose } from '@usm/contracts';
import type { ConsentEnded } from './consent-ended';
import type { RetractionNotice } from './retraction-notice';

/** Purposes dataset releases serve; only the end of a consent for one of them retracts events. */
export const retractingPurposes: readonly DataPurpose[] = ['aiTraining', 'aiValidation'];

/** What the end of a consent means for dataset releases. */
export type RetractionDecision =
  | { readonly kind: 'retract'; readonly notice: RetractionNotice }
  | { readonly kind: 'ignored'; readonly why: 'notDatasetPurpose' | 'noEventOfSubject' };

export interface RetractionContext {
  readonly city: string;
  /** Derived by the caller from `consentEventId`, so a replayed consent event yields the same notice. */
  readonly noticeId: string;
  /** The subject's own-city event ids, from the local subject index. */
  readonly subjectEventIds: readonly string[];
}

/**
 * The retraction notice the end of a consent for AI training or validation calls for: every own event of the
 * subject, by id only. Either purpose retracts the events from every release: a release serves one purpose, but
 * a partner's notice cannot say which of the subject's consents still holds without naming the subject.
 */
export function retractionForConsent(ended: ConsentEnded, context: RetractionContext): RetractionDecision {
  if (!retractingPurposes.includes(ended.purpose)) return { kind: 'ignored', why: 'notDatasetPurpose' };
  if (context.subjectEventIds.length === 0) return { kind: 'ignored', why: 'noEventOfSubject' };
  const eventIds = [...new Set(context.subjectEventIds)].sort();
  return { kind: 'retract', notice: { noticeId: context.noticeId, city: context.city, eventIds, reason: ended.reason, retractedAt: ended.endedAt } };
}
