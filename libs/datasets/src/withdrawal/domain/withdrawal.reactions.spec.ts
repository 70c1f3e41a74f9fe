import { foldEvents } from '@usm/event-sourcing';
import { withdrawalDecider } from './withdrawal.decider';
import { actionsAfter, pendingActionsOf } from './withdrawal.reactions';
import { eventA, eventB, later, notice, noticeId, recorded, settled, withdrawn } from './withdrawal.spec-fixtures';

const supersede = (releaseId: string) => ({ type: 'SupersedeRelease', noticeId, releaseId, reason: 'consentRevoked', excludedEventIds: [eventA, eventB], retractedAt: notice.retractedAt });

describe('withdrawal reactions', () => {
  it('publishes an own notice, then supersedes every release holding its events without them', () => {
    expect(actionsAfter([recorded(['rel-a', 'rel-b'])])).toEqual([{ type: 'PublishRetractionNotice', notice }, supersede('rel-a'), supersede('rel-b')]);
  });

  it('publishes an own notice even when no own release holds its events: partners may', () => {
    expect(actionsAfter([recorded([]), settled(later)])).toEqual([{ type: 'PublishRetractionNotice', notice }]);
  });

  it('never republishes a partner notice, and asks nothing for withdrawals already recorded', () => {
    expect(actionsAfter([recorded(['rel-a'], 'partner')])).toEqual([supersede('rel-a')]);
    expect(actionsAfter([withdrawn('rel-a', 'rel-a2'), settled(later)])).toEqual([]);
  });

  it('resumes a notice still settling after a restart with what is left, and nothing once settled', () => {
    const settling = foldEvents(withdrawalDecider, [recorded(['rel-a', 'rel-b']), withdrawn('rel-a', 'rel-a2')]);
    expect(pendingActionsOf(settling)).toEqual([{ type: 'PublishRetractionNotice', notice }, supersede('rel-b')]);
    const partner = foldEvents(withdrawalDecider, [recorded(['rel-a'], 'partner')]);
    expect(pendingActionsOf(partner)).toEqual([supersede('rel-a')]);
    expect(pendingActionsOf(foldEvents(withdrawalDecider, [recorded(['rel-a']), withdrawn('rel-a', null), settled(later)]))).toEqual([]);
    expect(pendingActionsOf(withdrawalDecider.initialState())).toEqual([]);
  });
});
