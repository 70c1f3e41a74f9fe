import type { RetractionNotice } from './retraction-notice';
import type { WithdrawalEvent } from './withdrawal.events';
import type { WithdrawalState } from './withdrawal.state';

/** What the runtime does after the process manager recorded events: data, sent by the adapters. */
export type WithdrawalAction =
  | { readonly type: 'PublishRetractionNotice'; readonly notice: RetractionNotice }
  | { readonly type: 'SupersedeRelease'; readonly noticeId: string; readonly releaseId: string; readonly reason: RetractionNotice['reason']; readonly excludedEventIds: readonly string[]; readonly retractedAt: number };

const supersedeAction = (notice: RetractionNotice, releaseId: string): WithdrawalAction => ({
  type: 'SupersedeRelease', noticeId: notice.noticeId, releaseId, reason: notice.reason, excludedEventIds: notice.eventIds, retractedAt: notice.retractedAt,
});

/**
 * The actions recorded events call for: an own notice is published for partners first, then every release
 * holding its events is rebuilt without them and withdrawn in favour of the rebuild. A partner's notice is
 * never published again: it reaches each partner from its source city.
 */
export function actionsAfter(events: readonly WithdrawalEvent[]): readonly WithdrawalAction[] {
  return events.flatMap((event): WithdrawalAction[] => {
    if (event.type !== 'RetractionRecorded') return [];
    const { notice, origin, releasesToWithdraw } = event.data;
    const supersede = releasesToWithdraw.map((releaseId) => supersedeAction(notice, releaseId));
    return origin === 'own' ? [{ type: 'PublishRetractionNotice', notice }, ...supersede] : supersede;
  });
}

/**
 * What a notice still settling needs after a restart: its pending releases, and an own notice published again
 * (partners record a notice once, so a second copy costs nothing, while a lost one would never be resent).
 */
export function pendingActionsOf(state: WithdrawalState): readonly WithdrawalAction[] {
  if (state.status !== 'settling') return [];
  const { notice, origin, pending } = state;
  const supersede = pending.map((releaseId) => supersedeAction(notice, releaseId));
  return origin === 'own' ? [{ type: 'PublishRetractionNotice', notice }, ...supersede] : supersede;
}
