import type { Decider } from '@usm/event-sourcing';
import type { RecordReleaseWithdrawn, RecordRetraction, WithdrawalCommand } from './withdrawal.commands';
import { noticeUnknown } from './withdrawal.errors';
import type { WithdrawalEvent } from './withdrawal.events';
import type { WithdrawalState } from './withdrawal.state';

export const initialState = (): WithdrawalState => ({ status: 'unknown' });

/** Folds one event; an event that does not fit the state is ignored (it is already a fact). */
export function evolve(state: WithdrawalState, event: WithdrawalEvent): WithdrawalState {
  switch (event.type) {
    case 'RetractionRecorded': {
      if (state.status !== 'unknown') return state;
      const { notice, origin, releasesToWithdraw } = event.data;
      return { status: 'settling', notice, origin, pending: releasesToWithdraw, withdrawn: [] };
    }
    case 'RetractedReleaseWithdrawn': {
      if (state.status === 'unknown' || !state.pending.includes(event.data.releaseId)) return state;
      const { releaseId, supersededBy } = event.data;
      return { ...state, pending: state.pending.filter((id) => id !== releaseId), withdrawn: [...state.withdrawn, { releaseId, supersededBy }] };
    }
    case 'RetractionSettled':
      return state.status === 'settling' ? { ...state, status: 'settled' } : state;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

/**
 * Records a notice once: the same notice again (a replayed consent event, a redelivered partner record) gives
 * nothing, so a replay never withdraws or rebuilds twice. A notice no release holds is settled at once.
 */
export function recordRetraction(command: RecordRetraction, state: WithdrawalState): readonly WithdrawalEvent[] {
  if (state.status !== 'unknown') return [];
  const { notice, origin, releasesHolding } = command.data;
  const now = command.metadata.now.getTime();
  const releasesToWithdraw = [...new Set(releasesHolding)].sort();
  const recorded: WithdrawalEvent = { type: 'RetractionRecorded', data: { notice, origin, releasesToWithdraw, recordedAt: now } };
  return releasesToWithdraw.length === 0 ? [recorded, { type: 'RetractionSettled', data: { noticeId: notice.noticeId, settledAt: now } }] : [recorded];
}

/** Records one withdrawn release; settles the notice with its last one. A release not pending (done already, or never concerned) gives nothing. */
export function recordReleaseWithdrawn(command: RecordReleaseWithdrawn, state: WithdrawalState): readonly WithdrawalEvent[] {
  const { noticeId, releaseId, supersededBy } = command.data;
  if (state.status === 'unknown') throw noticeUnknown(noticeId);
  if (!state.pending.includes(releaseId)) return [];
  const now = command.metadata.now.getTime();
  const withdrawn: WithdrawalEvent = { type: 'RetractedReleaseWithdrawn', data: { noticeId, releaseId, supersededBy, withdrawnAt: now } };
  return state.pending.length === 1 ? [withdrawn, { type: 'RetractionSettled', data: { noticeId, settledAt: now } }] : [withdrawn];
}

export function decide(command: WithdrawalCommand, state: WithdrawalState): readonly WithdrawalEvent[] {
  switch (command.type) {
    case 'RecordRetraction':
      return recordRetraction(command, state);
    case 'RecordReleaseWithdrawn':
      return recordReleaseWithdrawn(command, state);
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

/** The withdrawal process manager of one retraction notice. */
export const withdrawalDecider: Decider<WithdrawalCommand, WithdrawalEvent, WithdrawalState> = { decide, evolve, initialState };
