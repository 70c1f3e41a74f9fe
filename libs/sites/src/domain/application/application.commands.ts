import type { DomainCommand } from '@usm/event-sourcing';
import type { Reservation } from '../reservation/reservation';
import type { ApplicationTerms, DemonstrationEvidence } from './application.model';

type Key = { readonly applicationId: string };

/** A company applies (rolling: any day) for its solution at chosen sites over a period. */
export type ApplyForSites = DomainCommand<'ApplyForSites', ApplicationTerms>;
export type StartScreening = DomainCommand<'StartScreening', Key>;
export type ApproveApplication = DomainCommand<'ApproveApplication', Key>;
/** Refuse an application; reasons are shown to the company, so they name rules, never people. */
export type RejectApplication = DomainCommand<'RejectApplication', Key & { readonly reasons: readonly string[] }>;
/** Record the site reservations the calendars accepted: one per applied site, inside the applied period. */
export type ScheduleApplication = DomainCommand<'ScheduleApplication', Key & { readonly reservations: readonly Reservation[] }>;
export type StartDemonstration = DomainCommand<'StartDemonstration', Key>;
export type CompleteDemonstration = DomainCommand<'CompleteDemonstration', Key & DemonstrationEvidence>;
export type WithdrawApplication = DomainCommand<'WithdrawApplication', Key & { readonly reason: string }>;

export type ApplicationCommand =
  | ApplyForSites
  | StartScreening
  | ApproveApplication
  | RejectApplication
  | ScheduleApplication
  | StartDemonstration
  | CompleteDemonstration
  | WithdrawApplication;
