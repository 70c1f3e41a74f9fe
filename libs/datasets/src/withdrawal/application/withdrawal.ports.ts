import type { RetractionNotice, RetractionOrigin } from '../domain/retraction-notice';
import type { WithdrawalEvent } from '../domain/withdrawal.events';
import type { WithdrawalState } from '../domain/withdrawal.state';

/** The withdrawal of one notice as stored, with its version for optimistic concurrency (0 when never recorded). */
export interface StoredWithdrawal {
  readonly state: WithdrawalState;
  readonly version: number;
}

/** Where withdrawals live. Recording a notice also records its event ids as retracted, in the same transaction. */
export interface WithdrawalStore {
  load(noticeId: string): Promise<StoredWithdrawal>;
  /** Appends events at `expectedVersion`; throws a ConcurrencyError when the notice moved on meanwhile. */
  append(noticeId: string, expectedVersion: number, events: readonly WithdrawalEvent[]): Promise<void>;
  /** Every notice still settling (releases left to withdraw), e.g. after a restart. */
  settling(): Promise<readonly WithdrawalState[]>;
}

/** Publishes this city's notices on its retraction topic (key = noticeId). */
export interface RetractionNoticePublisher {
  publish(notice: RetractionNotice): Promise<void>;
}

/** The local subject index: own-city event ids of a subject (by pseudonym), never shared. */
export interface SubjectEventsQuery {
  eventIdsOfSubject(subjectId: string): Promise<readonly string[]>;
}

/** Dataset releases as withdrawal sees them: which hold some events, and replacing one without them. */
export interface ReleaseSupersession {
  /** Published releases (not withdrawn) holding at least one of the events. */
  releasesHolding(eventIds: readonly string[]): Promise<readonly string[]>;
  /**
   * Builds and publishes a new version of the release without `excludedEventIds` (and every other retracted
   * event), then withdraws the release with `supersededBy` = the new one. A refused rebuild still withdraws it,
   * with no successor. Withdrawing a release already withdrawn returns its recorded successor.
   */
  supersede(releaseId: string, request: { readonly reason: RetractionNotice['reason']; readonly excludedEventIds: readonly string[] }): Promise<{ readonly supersededBy: string | null }>;
}

/** How long a release holding retracted events stayed published. */
export interface WithdrawalMetrics {
  observeSuperseded(origin: RetractionOrigin, since: 'consentEnded' | 'noticeArrived', seconds: number): void;
  countNotice(origin: RetractionOrigin, outcome: 'recorded' | 'replayed' | 'ignored'): void;
}

export interface WithdrawalClock {
  now(): Date;
}

/** Where failures of background work go (the process manager keeps the notice settling and retries). */
export interface WithdrawalLogger {
  warn(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
}
