import type { Decider } from '@usm/event-sourcing';
import type { ApplicationCommand, ApplyForSites, CompleteDemonstration, RejectApplication, ScheduleApplication, WithdrawApplication } from './application.commands';
import { ApplicationErrorCode, applicationInvalid, applicationNotFound, applicationRefused, wrongStatus } from './application.errors';
import type { ApplicationEvent } from './application.events';
import { evolveApplication, initialApplicationState, withdrawable } from './application.evolve';
import type { ApplicationState, ApplicationStatus } from './application.state';
import { applicationTermsViolations } from './application-terms.rules';
import { reservationsMismatch } from './application-reservations.rules';

export const initialState = initialApplicationState;
export const evolve = evolveApplication;

type Live = Exclude<ApplicationState, { status: 'none' }>;
const at = (command: ApplicationCommand): number => command.metadata.now.getTime();

function expectStatus(command: ApplicationCommand, state: ApplicationState, allowed: readonly ApplicationStatus[]): Live {
  if (state.status === 'none') throw applicationNotFound(command.data.applicationId);
  if (!allowed.includes(state.status)) throw wrongStatus(command.type, state.status, allowed);
  return state;
}

/** Takes an application on a rolling basis; resubmitting the very same terms is a no-op. */
export function apply(command: ApplyForSites, state: ApplicationState): readonly ApplicationEvent[] {
  const violations = applicationTermsViolations(command.data);
  if (violations.length > 0) throw applicationInvalid(violations);
  if (state.status !== 'none') {
    if (JSON.stringify(state.terms) === JSON.stringify(command.data)) return [];
    throw applicationRefused(ApplicationErrorCode.AlreadySubmitted, `application ${command.data.applicationId} was already submitted with other terms`);
  }
  return [{ type: 'ApplicationSubmitted', data: { ...command.data, submittedAt: at(command) } }];
}

export function reject(command: RejectApplication, state: ApplicationState): readonly ApplicationEvent[] {
  expectStatus(command, state, ['applied', 'screening']);
  const reasons = command.data.reasons.filter((reason) => reason.trim() !== '');
  if (reasons.length === 0) throw applicationInvalid([{ field: 'reasons', rule: 'reasons.nonEmpty', message: 'a rejection states its reasons' }]);
  return [{ type: 'ApplicationRejected', data: { applicationId: command.data.applicationId, reasons, rejectedAt: at(command) } }];
}

/** Records the accepted reservations: exactly one per applied site, inside the applied period. */
export function schedule(command: ScheduleApplication, state: ApplicationState): readonly ApplicationEvent[] {
  const { terms } = expectStatus(command, state, ['approved']);
  const mismatch = reservationsMismatch(terms, command.data.reservations);
  if (mismatch !== null) throw applicationRefused(ApplicationErrorCode.ReservationsMismatch, mismatch.message, mismatch.rule);
  const { applicationId, reservations } = command.data;
  return [{ type: 'ApplicationScheduled', data: { applicationId, reservations, scheduledAt: at(command) } }];
}

export function complete(command: CompleteDemonstration, state: ApplicationState): readonly ApplicationEvent[] {
  expectStatus(command, state, ['running']);
  const { applicationId, releaseIds, resultIds } = command.data;
  return [{ type: 'DemonstrationCompleted', data: { applicationId, releaseIds, resultIds, completedAt: at(command) } }];
}

export function withdraw(command: WithdrawApplication, state: ApplicationState): readonly ApplicationEvent[] {
  const live = expectStatus(command, state, withdrawable);
  if (command.data.reason.trim() === '') throw applicationInvalid([{ field: 'reason', rule: 'reason.required', message: 'a withdrawal states its reason' }]);
  const releasedReservations = live.status === 'scheduled' || live.status === 'running' ? live.reservations : [];
  const { applicationId, reason } = command.data;
  return [{ type: 'ApplicationWithdrawn', data: { applicationId, reason, releasedReservations, withdrawnAt: at(command) } }];
}

export function decide(command: ApplicationCommand, state: ApplicationState): readonly ApplicationEvent[] {
  const { applicationId } = command.data;
  switch (command.type) {
    case 'ApplyForSites':
      return apply(command, state);
    case 'StartScreening':
      expectStatus(command, state, ['applied']);
      return [{ type: 'ApplicationScreeningStarted', data: { applicationId, screener: command.metadata.actor, startedAt: at(command) } }];
    case 'ApproveApplication':
      expectStatus(command, state, ['screening']);
      return [{ type: 'ApplicationApproved', data: { applicationId, approvedBy: command.metadata.actor, approvedAt: at(command) } }];
    case 'RejectApplication':
      return reject(command, state);
    case 'ScheduleApplication':
      return schedule(command, state);
    case 'StartDemonstration': {
      const { terms } = expectStatus(command, state, ['scheduled']);
      if (at(command) < terms.period.start) throw applicationRefused(ApplicationErrorCode.NotYetDue, 'the demonstration period has not started');
      return [{ type: 'DemonstrationStarted', data: { applicationId, startedAt: at(command) } }];
    }
    case 'CompleteDemonstration':
      return complete(command, state);
    case 'WithdrawApplication':
      return withdraw(command, state);
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

/** A rolling application for demonstration sites as a decider. */
export const applicationDecider: Decider<ApplicationCommand, ApplicationEvent, ApplicationState> = { initialState, evolve, decide };
