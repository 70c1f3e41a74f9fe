import { RuleViolationError, ValidationError } from '@usm/errors';
import type { Reservation } from './reservation';

export const ReservationErrorCode = {
  Conflict: 'SITES.RESERVATION_CONFLICT',
  InvalidPeriod: 'SITES.RESERVATION_PERIOD_INVALID',
  NotFound: 'SITES.RESERVATION_NOT_FOUND',
} as const;

/** A reservation overlaps accepted ones on the same site; names each of them (ids, application, period). */
export class ReservationConflictError extends RuleViolationError {
  constructor(
    readonly request: Reservation,
    readonly conflicts: readonly Reservation[],
  ) {
    const named = conflicts.map((held) => `${held.reservationId} (application ${held.applicationId})`).join(', ');
    super(ReservationErrorCode.Conflict, `site ${request.siteId} is already reserved over that period by ${named}`, {
      details: {
        rule: 'reservation.noOverlap',
        siteId: request.siteId,
        conflictingReservations: conflicts.map(({ reservationId, applicationId, period }) => ({ reservationId, applicationId, period })),
      },
    });
  }
}

export const invalidPeriod = (field: string): ValidationError =>
  new ValidationError(ReservationErrorCode.InvalidPeriod, [{ field, rule: 'period.endAfterStart', message: 'must be finite and end after it starts' }]);
