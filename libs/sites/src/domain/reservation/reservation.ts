import type { Period } from './period';
import { periodsOverlap } from './period';

/** A site held for one application over one period. */
export interface Reservation {
  readonly reservationId: string;
  readonly siteId: string;
  readonly applicationId: string;
  readonly period: Period;
}

/**
 * The conflict rule: the accepted reservations a request would collide with, i.e. those on the same site whose
 * periods overlap. A reservation never conflicts with itself (same id), so retrying an accepted request is harmless.
 */
export function findReservationConflicts(request: Reservation, accepted: readonly Reservation[]): Reservation[] {
  return accepted.filter(
    (held) => held.siteId === request.siteId && held.reservationId !== request.reservationId && periodsOverlap(held.period, request.period),
  );
}

/** A request the rule refused, with every reservation it collided with. */
export interface RefusedReservation {
  readonly request: Reservation;
  readonly conflicts: readonly Reservation[];
}

/** Requests taken in order, first come first served: each is accepted unless it conflicts with one accepted before it. */
export function allocateReservations(
  requests: readonly Reservation[],
  alreadyAccepted: readonly Reservation[] = [],
): { readonly accepted: readonly Reservation[]; readonly refused: readonly RefusedReservation[] } {
  const accepted = [...alreadyAccepted];
  const refused: RefusedReservation[] = [];
  for (const request of requests) {
    const conflicts = findReservationConflicts(request, accepted);
    if (conflicts.length > 0) refused.push({ request, conflicts });
    else if (!accepted.some((held) => held.reservationId === request.reservationId)) accepted.push(request);
  }
  return { accepted: accepted.slice(alreadyAccepted.length), refused };
}
