import type { Decider } from '@usm/event-sourcing';
import { SolutionErrorCode, solutionInvalid, solutionNotFound, solutionRefused } from './solution.errors';
import type { PublishSolutionVersion, RegisterSolution, SolutionCommand, WithdrawSolutionVersion } from './solution.commands';
import type { SolutionEvent } from './solution.events';
import type { SolutionState } from './solution.state';
import { solutionProfileViolations, solutionVersionViolations } from './solution.rules';

export const initialState = (): SolutionState => ({ status: 'none' });

/** Folds one solution event into the state; an event that does not fit is ignored, never thrown. */
export function evolve(state: SolutionState, event: SolutionEvent): SolutionState {
  switch (event.type) {
    case 'SolutionRegistered': {
      if (state.status !== 'none') return state;
      const { registeredAt: _at, ...profile } = event.data;
      return { status: 'registered', profile, versions: [] };
    }
    case 'SolutionVersionPublished': {
      if (state.status !== 'registered') return state;
      const { version, modelCard, artifactSha256 } = event.data;
      return { ...state, versions: [...state.versions, { version, modelCard, artifactSha256, withdrawn: false }] };
    }
    case 'SolutionVersionWithdrawn':
      if (state.status !== 'registered') return state;
      return { ...state, versions: state.versions.map((v) => (v.version === event.data.version ? { ...v, withdrawn: true } : v)) };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

function registered(state: SolutionState, solutionId: string): Extract<SolutionState, { status: 'registered' }> {
  if (state.status === 'none') throw solutionNotFound(SolutionErrorCode.NotFound, `no solution ${solutionId}`);
  return state;
}

export function register(command: RegisterSolution, state: SolutionState): readonly SolutionEvent[] {
  const violations = solutionProfileViolations(command.data);
  if (violations.length > 0) throw solutionInvalid(violations);
  if (state.status === 'registered') {
    if (JSON.stringify(state.profile) === JSON.stringify(command.data)) return [];
    throw solutionRefused(SolutionErrorCode.AlreadyRegistered, `solution ${command.data.solutionId} is registered with another profile`);
  }
  return [{ type: 'SolutionRegistered', data: { ...command.data, registeredAt: command.metadata.now.getTime() } }];
}

/** Publishes a version; the same version with the same artifact again is a no-op, another artifact is refused. */
export function publish(command: PublishSolutionVersion, state: SolutionState): readonly SolutionEvent[] {
  const { solutionId, ...version } = command.data;
  const solution = registered(state, solutionId);
  const violations = solutionVersionViolations(version);
  if (violations.length > 0) throw solutionInvalid(violations);
  const existing = solution.versions.find((v) => v.version === version.version);
  if (existing !== undefined) {
    const same = existing.artifactSha256 === version.artifactSha256 && JSON.stringify(existing.modelCard) === JSON.stringify(version.modelCard);
    if (same && !existing.withdrawn) return [];
    throw solutionRefused(SolutionErrorCode.VersionExists, `version ${version.version} exists: publish a new version number`);
  }
  return [{ type: 'SolutionVersionPublished', data: { ...command.data, publishedAt: command.metadata.now.getTime() } }];
}

export function withdraw(command: WithdrawSolutionVersion, state: SolutionState): readonly SolutionEvent[] {
  const { solutionId, version, reason } = command.data;
  const existing = registered(state, solutionId).versions.find((v) => v.version === version);
  if (existing === undefined) throw solutionNotFound(SolutionErrorCode.VersionNotFound, `solution ${solutionId} has no version ${version}`);
  if (existing.withdrawn) return [];
  if (reason.trim() === '') throw solutionInvalid([{ field: 'reason', rule: 'reason.required', message: 'a withdrawal states its reason' }]);
  return [{ type: 'SolutionVersionWithdrawn', data: { solutionId, version, reason, withdrawnAt: command.metadata.now.getTime() } }];
}

export function decide(command: SolutionCommand, state: SolutionState): readonly SolutionEvent[] {
  switch (command.type) {
    case 'RegisterSolution':
      return register(command, state);
    case 'PublishSolutionVersion':
      return publish(command, state);
    case 'WithdrawSolutionVersion':
      return withdraw(command, state);
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

/** The solution registry's aggregate as a decider. */
export const solutionDecider: Decider<SolutionCommand, SolutionEvent, SolutionState> = { initialState, evolve, decide };
