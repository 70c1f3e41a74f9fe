import type { ApplicationEvent } from './application.events';
import type { ApplicationState, ApplicationStatus } from './application.state';

/** Statuses a company may still withdraw from. */
export const withdrawable: readonly ApplicationStatus[] = ['applied', 'screening', 'approved', 'scheduled', 'running'];

export const initialApplicationState = (): ApplicationState => ({ status: 'none' });

/** Folds one application event into the state; an event that does not fit is ignored, never thrown. */
export function evolveApplication(state: ApplicationState, event: ApplicationEvent): ApplicationState {
  switch (event.type) {
    case 'ApplicationSubmitted': {
      if (state.status !== 'none') return state;
      const { submittedAt: _submittedAt, ...terms } = event.data;
      return { status: 'applied', terms };
    }
    case 'ApplicationScreeningStarted':
      return state.status === 'applied' ? { status: 'screening', terms: state.terms } : state;
    case 'ApplicationApproved':
      return state.status === 'screening' ? { status: 'approved', terms: state.terms } : state;
    case 'ApplicationRejected':
      return state.status === 'applied' || state.status === 'screening' ? { status: 'rejected', terms: state.terms, reasons: event.data.reasons } : state;
    case 'ApplicationScheduled':
      return state.status === 'approved' ? { status: 'scheduled', terms: state.terms, reservations: event.data.reservations } : state;
    case 'DemonstrationStarted':
      return state.status === 'scheduled' ? { status: 'running', terms: state.terms, reservations: state.reservations } : state;
    case 'DemonstrationCompleted': {
      if (state.status !== 'running') return state;
      const { releaseIds, resultIds } = event.data;
      return { status: 'completed', terms: state.terms, reservations: state.reservations, evidence: { releaseIds, resultIds } };
    }
    case 'ApplicationWithdrawn':
      return withdrawable.includes(state.status) && state.status !== 'none' ? { status: 'withdrawn', terms: state.terms, reason: event.data.reason } : state;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
