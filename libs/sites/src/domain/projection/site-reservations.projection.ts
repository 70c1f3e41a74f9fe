import type { SiteCalendarEvent } from '../reservation/site-calendar.decider';
import type { Reservation } from '../reservation/reservation';

/** A row of the reservations read model: one accepted, not cancelled, reservation (keyed by site and reservation). */
export type SiteReservationRow = Reservation;

/** Folds one calendar event into the row of the reservation it names; a cancellation deletes the row. */
export function evolveSiteReservationRow(row: SiteReservationRow | null, event: SiteCalendarEvent): SiteReservationRow | null {
  switch (event.type) {
    case 'SiteReserved': {
      const { reservedAt: _reservedAt, ...reservation } = event.data;
      return row ?? reservation;
    }
    case 'SiteReservationCancelled':
      return null;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

/** The key of the row a calendar event concerns. */
export function reservationKeyOf(event: SiteCalendarEvent): { readonly siteId: string; readonly reservationId: string } {
  return { siteId: event.data.siteId, reservationId: event.data.reservationId };
}
