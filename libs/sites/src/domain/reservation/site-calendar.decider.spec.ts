import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { foldEvents } from '@usm/event-sourcing';
import { NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import fc from 'fast-check';
import { periodsOverlap } from './period';
import type { Reservation } from './reservation';
import { ReservationConflictError, ReservationErrorCode } from './reservation.errors';
import type { ReserveSite, SiteCalendarEvent, SiteReserved } from './site-calendar.decider';
import { siteCalendarDecider } from './site-calendar.decider';

const spec = DeciderSpecification.for(siteCalendarDecider);
const day = 86_400_000;
const t0 = Date.UTC(2026, 3, 1);
const hold = (reservationId: string, fromDay: number, toDay: number, applicationId = `app-${reservationId}`): Reservation => ({
  reservationId,
  siteId: 'gwangju-nam-0042',
  applicationId,
  period: { start: t0 + fromDay * day, end: t0 + toDay * day },
});
const meta = { commandId: 'cmd-1', now: new Date(t0), actor: 'scheduler' };
const reserveCommand = (reservation: Reservation): ReserveSite => ({ type: 'ReserveSite', data: reservation, metadata: meta });
const reserved = (reservation: Reservation): SiteReserved => ({ type: 'SiteReserved', data: { ...reservation, reservedAt: t0 } });

describe('Site calendar decider: ReserveSite', () => {
  it('given a free site, when reserved, then SiteReserved', () => {
    spec.given([]).when(reserveCommand(hold('r1', 0, 30))).then([reserved(hold('r1', 0, 30))]);
  });

  it('given a reservation, when another period starts where it ends, then SiteReserved', () => {
    spec.given([reserved(hold('r1', 0, 30))]).when(reserveCommand(hold('r2', 30, 60))).then([reserved(hold('r2', 30, 60))]);
  });

  it('given two reservations, when a period overlaps both, then refused naming both', () => {
    const given = [reserved(hold('r1', 0, 30)), reserved(hold('r2', 40, 60))];
    spec.given(given).when(reserveCommand(hold('r3', 20, 45))).thenThrows(ReservationConflictError, ReservationErrorCode.Conflict);
    let thrown: unknown;
    try {
      siteCalendarDecider.decide(reserveCommand(hold('r3', 20, 45)), foldEvents(siteCalendarDecider, given));
    } catch (error) {
      thrown = error;
    }
    expect((thrown as ReservationConflictError).conflicts.map((r) => r.reservationId)).toEqual(['r1', 'r2']);
    expect((thrown as ReservationConflictError).message).toContain('r1 (application app-r1), r2 (application app-r2)');
  });

  it('given a reservation, when the same reservation is retried, then nothing happens', () => {
    spec.given([reserved(hold('r1', 0, 30))]).when(reserveCommand(hold('r1', 0, 30))).then([]);
  });

  it('given a reservation, when its id is reused for another period, then refused', () => {
    spec.given([reserved(hold('r1', 0, 30))]).when(reserveCommand(hold('r1', 50, 60))).thenThrows(RuleViolationError, ReservationErrorCode.Conflict);
  });

  it('given a free site, when the period ends before it starts, then a ValidationError', () => {
    spec.given([]).when(reserveCommand(hold('r1', 10, 5))).thenThrows(ValidationError, ReservationErrorCode.InvalidPeriod);
  });

  it('given a cancelled reservation, when its period is reserved again, then SiteReserved', () => {
    const cancelled: SiteCalendarEvent = { type: 'SiteReservationCancelled', data: { siteId: 'gwangju-nam-0042', reservationId: 'r1', reason: 'withdrawn', cancelledAt: t0 } };
    spec.given([reserved(hold('r1', 0, 30)), cancelled]).when(reserveCommand(hold('r2', 10, 20))).then([reserved(hold('r2', 10, 20))]);
  });
});

describe('Site calendar decider: CancelSiteReservation', () => {
  const cancel = (reservationId: string) => ({ type: 'CancelSiteReservation' as const, data: { siteId: 'gwangju-nam-0042', reservationId, reason: 'withdrawn' }, metadata: meta });

  it('given a reservation, when cancelled, then SiteReservationCancelled', () => {
    spec.given([reserved(hold('r1', 0, 30))]).when(cancel('r1')).then([{ type: 'SiteReservationCancelled', data: { siteId: 'gwangju-nam-0042', reservationId: 'r1', reason: 'withdrawn', cancelledAt: t0 } }]);
  });

  it('given no such reservation, when cancelled, then not found', () => {
    spec.given([]).when(cancel('r9')).thenThrows(NotFoundError, ReservationErrorCode.NotFound);
  });
});

describe('Site calendar decider properties', () => {
  it('whatever the order of requests, the reservations a calendar holds never overlap', () => {
    const request = fc.record({ fromDay: fc.integer({ min: 0, max: 100 }), length: fc.integer({ min: 1, max: 20 }) });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 40 }), (requests) => {
        let state = siteCalendarDecider.initialState();
        for (const [i, { fromDay, length }] of requests.entries()) {
          try {
            for (const event of siteCalendarDecider.decide(reserveCommand(hold(`r${i}`, fromDay, fromDay + length)), state)) state = siteCalendarDecider.evolve(state, event);
          } catch (error) {
            expect(error).toBeInstanceOf(ReservationConflictError);
          }
        }
        for (const [i, a] of state.reservations.entries()) {
          for (const b of state.reservations.slice(i + 1)) expect(periodsOverlap(a.period, b.period)).toBe(false);
        }
      }),
    );
  });
});
