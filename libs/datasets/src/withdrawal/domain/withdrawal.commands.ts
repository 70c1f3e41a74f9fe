import type { DomainCommand } from '@usm/event-sourcing';
import type { RetractionNotice, RetractionOrigin } from './retraction-notice';

/** Record a retraction notice and the releases holding its events (looked up by the caller when it arrived). */
export type RecordRetraction = DomainCommand<'RecordRetraction', {
  readonly notice: RetractionNotice;
  readonly origin: RetractionOrigin;
  readonly releasesHolding: readonly string[];
}>;

/** Record that one release holding retracted events was withdrawn, with the release superseding it (null when none could be built). */
export type RecordReleaseWithdrawn = DomainCommand<'RecordReleaseWithdrawn', {
  readonly noticeId: string;
  readonly releaseId: string;
  readonly supersededBy: string | null;
}>;

export type WithdrawalCommand = RecordRetraction | RecordReleaseWithdrawn;
