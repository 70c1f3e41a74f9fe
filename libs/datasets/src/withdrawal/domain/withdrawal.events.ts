import type { DomainEvent } from '@usm/event-sourcing';
import type { RetractionNotice, RetractionOrigin } from './retraction-notice';

/** A notice was recorded: its events are retracted here from now on, and these releases must go. */
export type RetractionRecorded = DomainEvent<'RetractionRecorded', {
  readonly notice: RetractionNotice;
  readonly origin: RetractionOrigin;
  /** Releases holding at least one retracted event when the notice was recorded, sorted. */
  readonly releasesToWithdraw: readonly string[];
  readonly recordedAt: number;
}>;

/** One release holding retracted events was withdrawn (and superseded, unless the rebuild was refused). */
export type RetractedReleaseWithdrawn = DomainEvent<'RetractedReleaseWithdrawn', {
  readonly noticeId: string;
  readonly releaseId: string;
  readonly supersededBy: string | null;
  readonly withdrawnAt: number;
}>;

/** Every release the notice concerned is withdrawn. */
export type RetractionSettled = DomainEvent<'RetractionSettled', {
  readonly noticeId: string;
  readonly settledAt: number;
}>;

export type WithdrawalEvent = RetractionRecorded | RetractedReleaseWithdrawn | RetractionSettled;
