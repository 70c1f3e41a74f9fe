import type { Decider } from '@usm/event-sourcing';
import { DatasetsErrorCode } from '../datasets-error-codes';
import type { MarkSuperseded, PublishRelease, RecordReleaseBuilt, RefuseRelease, ReleaseCommand, RequestRelease, WithdrawRelease } from './release.commands';
import { releaseNotFound, releaseRefused } from './release.errors';
import type { ReleaseEvent } from './release.events';
import { evolveRelease, initialReleaseState } from './release.evolve';
import type { ReleaseState } from './release.state';

type Events = readonly ReleaseEvent[];
const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

function refuse(command: ReleaseCommand, code: DatasetsErrorCode, message: string) {
  return releaseRefused(code, command.data.releaseId, message);
}

export function request(command: RequestRelease, state: ReleaseState): Events {
  const { releaseId, supersedes, version } = command.data;
  if (state.status !== 'none') throw refuse(command, DatasetsErrorCode.ReleaseExists, 'the release already exists');
  if (!semver.test(version)) throw refuse(command, DatasetsErrorCode.InvalidReleaseVersion, 'version must be MAJOR.MINOR.PATCH');
  if (supersedes === releaseId) throw refuse(command, DatasetsErrorCode.ReleaseSupersedesItself, 'a release cannot supersede itself');
  const { actor, now } = command.metadata;
  return [{ type: 'ReleaseRequested', data: { ...command.data, requestedBy: actor, requestedAt: now.getTime() } }];
}

export function recordBuilt(command: RecordReleaseBuilt, state: ReleaseState): Events {
  requireStatus(command, state, 'requested', DatasetsErrorCode.ReleaseNotRequested, 'only a requested release can be built');
  return [{ type: 'ReleaseBuilt', data: { ...command.data, builtAt: command.metadata.now.getTime() } }];
}

export function refuseRelease(command: RefuseRelease, state: ReleaseState): Events {
  requireStatus(command, state, 'requested', DatasetsErrorCode.ReleaseNotRequested, 'only a requested release can be refused');
  return [{ type: 'ReleaseRefused', data: { ...command.data, refusedAt: command.metadata.now.getTime() } }];
}

export function publish(command: PublishRelease, state: ReleaseState): Events {
  requireStatus(command, state, 'built', DatasetsErrorCode.ReleaseNotBuilt, 'only a built release can be published');
  const { actor, now } = command.metadata;
  return [{ type: 'ReleasePublished', data: { releaseId: command.data.releaseId, publishedBy: actor, publishedAt: now.getTime() } }];
}

export function withdraw(command: WithdrawRelease, state: ReleaseState): Events {
  const current = existing(command, state);
  if (current.status !== 'built' && current.status !== 'published') {
    throw refuse(command, DatasetsErrorCode.ReleaseNotWithdrawable, 'only a built or published release can be withdrawn');
  }
  if (command.data.supersededBy === command.data.releaseId) throw refuse(command, DatasetsErrorCode.ReleaseSupersedesItself, 'a release cannot supersede itself');
  const { actor, now } = command.metadata;
  return [{ type: 'ReleaseWithdrawn', data: { ...command.data, withdrawnBy: actor, withdrawnAt: now.getTime() } }];
}

/** Marking the same successor twice records nothing, so the withdrawal flow can retry. */
export function markSuperseded(command: MarkSuperseded, state: ReleaseState): Events {
  const current = existing(command, state);
  const { releaseId, supersededBy } = command.data;
  if (current.status === 'superseded' && current.supersededBy === supersededBy) return [];
  if (current.status !== 'published' && current.status !== 'withdrawn') {
    throw refuse(command, DatasetsErrorCode.ReleaseNotSupersedable, 'only a published or withdrawn release can be superseded');
  }
  if (supersededBy === releaseId) throw refuse(command, DatasetsErrorCode.ReleaseSupersedesItself, 'a release cannot supersede itself');
  return [{ type: 'ReleaseSuperseded', data: { releaseId, supersededBy, supersededAt: command.metadata.now.getTime() } }];
}

export function decideRelease(command: ReleaseCommand, state: ReleaseState): Events {
  switch (command.type) {
    case 'RequestRelease':
      return request(command, state);
    case 'RecordReleaseBuilt':
      return recordBuilt(command, state);
    case 'RefuseRelease':
      return refuseRelease(command, state);
    case 'PublishRelease':
      return publish(command, state);
    case 'WithdrawRelease':
      return withdraw(command, state);
    case 'MarkSuperseded':
      return markSuperseded(command, state);
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

/** The dataset release aggregate as a decider. */
export const releaseDecider: Decider<ReleaseCommand, ReleaseEvent, ReleaseState> = {
  initialState: initialReleaseState,
  evolve: evolveRelease,
  decide: decideRelease,
};

function existing(command: ReleaseCommand, state: ReleaseState): Exclude<ReleaseState, { status: 'none' }> {
  if (state.status === 'none') throw releaseNotFound(command.data.releaseId);
  return state;
}

function requireStatus(command: ReleaseCommand, state: ReleaseState, status: ReleaseState['status'], code: DatasetsErrorCode, message: string): void {
  const current = existing(command, state);
  if (current.status === 'refused' || current.status === 'superseded') throw refuse(command, DatasetsErrorCode.ReleaseFinal, `the release is ${current.status}`);
  if (current.status !== status) throw refuse(command, code, message);
}
