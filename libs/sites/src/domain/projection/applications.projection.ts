import type { Reservation } from '../reservation/reservation';
import type { ApplicationEvent } from '../application/application.events';
import type { ApplicationTerms, DemonstrationEvidence } from '../application/application.model';
import type { ApplicationStatus } from '../application/application.state';

/** An application as companies and site managers read it: its terms, where it stands and what it links to. */
export interface ApplicationRow {
  readonly applicationId: string;
  readonly companyId: string;
  readonly status: Exclude<ApplicationStatus, 'none'>;
  readonly terms: ApplicationTerms;
  readonly reasons: readonly string[];
  readonly reservations: readonly Reservation[];
  readonly evidence: DemonstrationEvidence;
  readonly withdrawalReason: string | null;
  readonly submittedAt: number;
  readonly updatedAt: number;
}

const noEvidence: DemonstrationEvidence = { releaseIds: [], resultIds: [] };

/** Folds one application event into its row; an event that does not fit is ignored, as the decider's evolve does. */
export function evolveApplicationRow(row: ApplicationRow | null, event: ApplicationEvent): ApplicationRow | null {
  if (event.type === 'ApplicationSubmitted') {
    if (row !== null) return row;
    const { submittedAt, ...terms } = event.data;
    const base = { reasons: [], reservations: [], evidence: noEvidence, withdrawalReason: null };
    return { applicationId: terms.applicationId, companyId: terms.companyId, status: 'applied', terms, ...base, submittedAt, updatedAt: submittedAt };
  }
  if (row === null) return null;
  return nextRow(row, event);
}

function nextRow(row: ApplicationRow, event: Exclude<ApplicationEvent, { type: 'ApplicationSubmitted' }>): ApplicationRow {
  const when = (status: ApplicationRow['status'][], change: Partial<ApplicationRow>, at: number): ApplicationRow =>
    status.includes(row.status) ? { ...row, ...change, updatedAt: at } : row;
  switch (event.type) {
    case 'ApplicationScreeningStarted':
      return when(['applied'], { status: 'screening' }, event.data.startedAt);
    case 'ApplicationApproved':
      return when(['screening'], { status: 'approved' }, event.data.approvedAt);
    case 'ApplicationRejected':
      return when(['applied', 'screening'], { status: 'rejected', reasons: event.data.reasons }, event.data.rejectedAt);
    case 'ApplicationScheduled':
      return when(['approved'], { status: 'scheduled', reservations: event.data.reservations }, event.data.scheduledAt);
    case 'DemonstrationStarted':
      return when(['scheduled'], { status: 'running' }, event.data.startedAt);
    case 'DemonstrationCompleted': {
      const { releaseIds, resultIds, completedAt } = event.data;
      return when(['running'], { status: 'completed', evidence: { releaseIds, resultIds } }, completedAt);
    }
    case 'ApplicationWithdrawn':
      return when(['applied', 'screening', 'approved', 'scheduled', 'running'], { status: 'withdrawn', withdrawalReason: event.data.reason, reservations: [] }, event.data.withdrawnAt);
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
