import type { DomainEvent } from '@usm/event-sourcing';
import type { Reservation } from '../reservation/reservation';
import type { ApplicationTerms, DemonstrationEvidence } from './application.model';

type Key = { readonly applicationId: string };

export type ApplicationSubmitted = DomainEvent<'ApplicationSubmitted', ApplicationTerms & { readonly submittedAt: number }>;
export type ApplicationScreeningStarted = DomainEvent<'ApplicationScreeningStarted', Key & { readonly screener: string; readonly startedAt: number }>;
export type ApplicationApproved = DomainEvent<'ApplicationApproved', Key & { readonly approvedBy: string; readonly approvedAt: number }>;
export type ApplicationRejected = DomainEvent<'ApplicationRejected', Key & { readonly reasons: readonly string[]; readonly rejectedAt: number }>;
export type ApplicationScheduled = DomainEvent<'ApplicationScheduled', Key & { readonly reservations: readonly Reservation[]; readonly scheduledAt: number }>;
export type DemonstrationStarted = DomainEvent<'DemonstrationStarted', Key & { readonly startedAt: number }>;
export type DemonstrationCompleted = DomainEvent<'DemonstrationCompleted', Key & DemonstrationEvidence & { readonly completedAt: number }>;
/** Withdrawn by the company; `releasedReservations` are the holds the calendars should cancel. */
export type ApplicationWithdrawn = DomainEvent<
  'ApplicationWithdrawn',
  Key & { readonly reason: string; readonly releasedReservations: readonly Reservation[]; readonly withdrawnAt: number }
>;

export type ApplicationEvent =
  | ApplicationSubmitted
  | ApplicationScreeningStarted
  | ApplicationApproved
  | ApplicationRejected
  | ApplicationScheduled
  | DemonstrationStarted
  | DemonstrationCompleted
  | ApplicationWithdrawn;
