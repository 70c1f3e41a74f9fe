import type { Reservation } from '../reservation/reservation';
import type { ApplicationCommand } from './application.commands';
import type { ApplicationEvent } from './application.events';
import type { ApplicationTerms } from './application.model';

/** One company's application for two Gwangju school zones over April 2026. */
export const day = 86_400_000;
export const t0 = Date.UTC(2026, 2, 1);
export const applicationId = 'app-2026-0001';
export const terms: ApplicationTerms = {
  applicationId,
  companyId: 'company-safewalk',
  solution: { solutionId: 'safewalk-guardian', version: '1.2.0' },
  siteIds: ['gwangju-buk-0001', 'gwangju-buk-0002'],
  period: { start: Date.UTC(2026, 3, 1), end: Date.UTC(2026, 4, 1) },
  dataNeeds: { categories: ['traffic'], description: 'events near school gates, 07:00-09:00' },
};
export const reservation1: Reservation = { reservationId: 'res-1', siteId: 'gwangju-buk-0001', applicationId, period: terms.period };
export const reservation2: Reservation = { reservationId: 'res-2', siteId: 'gwangju-buk-0002', applicationId, period: terms.period };
export const reservations: readonly Reservation[] = [reservation1, reservation2];

const metadata = (now: number, actor = 'officer-1') => ({ commandId: 'cmd-1', now: new Date(now), actor });
type Data<T extends ApplicationCommand['type']> = Extract<ApplicationCommand, { type: T }>['data'];

/** A command of the given type at `now`, its data defaulting to the key only. */
export function command<T extends ApplicationCommand['type']>(type: T, data: Omit<Data<T>, 'applicationId'>, now = t0): ApplicationCommand {
  return { type, data: { applicationId, ...data }, metadata: metadata(now) } as ApplicationCommand;
}
export const applyCommand = (overrides: Partial<ApplicationTerms> = {}): ApplicationCommand =>
  ({ type: 'ApplyForSites', data: { ...terms, ...overrides }, metadata: metadata(t0, 'company-safewalk') });

export const submitted: ApplicationEvent = { type: 'ApplicationSubmitted', data: { ...terms, submittedAt: t0 } };
export const screening: ApplicationEvent = { type: 'ApplicationScreeningStarted', data: { applicationId, screener: 'officer-1', startedAt: t0 } };
export const approved: ApplicationEvent = { type: 'ApplicationApproved', data: { applicationId, approvedBy: 'officer-1', approvedAt: t0 } };
export const rejected: ApplicationEvent = { type: 'ApplicationRejected', data: { applicationId, reasons: ['no model card'], rejectedAt: t0 } };
export const scheduled: ApplicationEvent = { type: 'ApplicationScheduled', data: { applicationId, reservations, scheduledAt: t0 } };
export const started: ApplicationEvent = { type: 'DemonstrationStarted', data: { applicationId, startedAt: terms.period.start } };
export const completed: ApplicationEvent = {
  type: 'DemonstrationCompleted',
  data: { applicationId, releaseIds: ['rel-1'], resultIds: ['res-x'], completedAt: terms.period.end },
};
export const withdrawn: ApplicationEvent = {
  type: 'ApplicationWithdrawn',
  data: { applicationId, reason: 'changed plans', releasedReservations: [], withdrawnAt: t0 },
};

/** Histories reaching each status, for "every command against every state" tables. */
export const histories = {
  none: [],
  applied: [submitted],
  screening: [submitted, screening],
  approved: [submitted, screening, approved],
  rejected: [submitted, screening, rejected],
  scheduled: [submitted, screening, approved, scheduled],
  running: [submitted, screening, approved, scheduled, started],
  completed: [submitted, screening, approved, scheduled, started, completed],
  withdrawn: [submitted, withdrawn],
} satisfies Record<string, readonly ApplicationEvent[]>;
export type HistoryName = keyof typeof histories;
