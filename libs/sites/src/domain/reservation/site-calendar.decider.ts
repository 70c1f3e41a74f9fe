import type { Decider, DomainCommand, DomainEvent } from '@usm/event-sourcing';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import { isValidPeriod } from './period';
import type { Reservation } from './reservation';
import { findReservationConflicts } from './reservation';
import { ReservationConflictError, ReservationErrorCode, invalidPeriod } from './reservation.errors';

/** Hold a site for an application; one calendar stream per site, so two holders of one slot cannot both win. */
export type ReserveSite = DomainCommand<'ReserveSite', Reservation>;
export type CancelSiteReservation = DomainCommand<
  'CancelSiteReservation',
  { readonly siteId: string; readonly reservationId: string; readonly reason: string }
>;
export type SiteCalendarCommand = ReserveSite | CancelSiteReservation;

export type SiteReserved = DomainEvent<'SiteReserved', Reservation & { readonly reservedAt: number }>;
export type SiteReservationCancelled = DomainEvent<
  'SiteReservationCancelled',
  { readonly siteId: string; readonly reservationId: string; readonly reason: string; readonly cancelledAt: number }
>;
export type SiteCalendarEvent = SiteReserved | SiteReservationCancelled;

/** The reservations a site holds, in the order they were accepted. */
export interface SiteCalendarState {
  readonly reservations: readonly Reservation[];
}

export const initialState = (): SiteCalendarState => ({ reservations: [] });

export function evolve(state: SiteCalendarState, event: SiteCalendarEvent): SiteCalendarState {
  switch (event.type) {
    case 'SiteReserved': {
      const { reservedAt: _reservedAt, ...reservation } = event.data;
      return { reservations: [...state.reservations, reservation] };
    }
    case 'SiteReservationCancelled':
      return { reservations: state.reservations.filter((held) => held.reservationId !== event.data.reservationId) };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

/** Accepts a reservation unless it overlaps one the site holds; the error names every conflicting reservation. */
export function reserve(command: ReserveSite, state: SiteCalendarState): readonly SiteCalendarEvent[] {
  const request = command.data;
  if (!isValidPeriod(request.period)) throw invalidPeriod('period');
  const same = state.reservations.find((held) => held.reservationId === request.reservationId);
  if (same !== undefined) {
    if (JSON.stringify(same) === JSON.stringify(request)) return [];
    throw new RuleViolationError(ReservationErrorCode.Conflict, `reservation ${request.reservationId} is already held with other terms`, {
      details: { rule: 'reservation.idUnique' },
    });
  }
  const conflicts = findReservationConflicts(request, state.reservations);
  if (conflicts.length > 0) throw new ReservationConflictError(request, conflicts);
  return [{ type: 'SiteReserved', data: { ...request, reservedAt: command.metadata.now.getTime() } }];
}

/** Frees a held reservation (application withdrawn or completed early). */
export function cancel(command: CancelSiteReservation, state: SiteCalendarState): readonly SiteCalendarEvent[] {
  const { siteId, reservationId, reason } = command.data;
  if (!state.reservations.some((held) => held.reservationId === reservationId)) {
    throw new NotFoundError(ReservationErrorCode.NotFound, `site ${siteId} holds no reservation ${reservationId}`, { details: { reservationId } });
  }
  return [{ type: 'SiteReservationCancelled', data: { siteId, reservationId, reason, cancelledAt: command.metadata.now.getTime() } }];
}

export function decide(command: SiteCalendarCommand, state: SiteCalendarState): readonly SiteCalendarEvent[] {
  switch (command.type) {
    case 'ReserveSite':
      return reserve(command, state);
    case 'CancelSiteReservation':
      return cancel(command, state);
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

/** A site's reservation calendar as a decider. */
export const siteCalendarDecider: Decider<SiteCalendarCommand, SiteCalendarEvent, SiteCalendarState> = { initialState, evolve, decide };
