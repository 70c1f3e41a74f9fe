import fc from 'fast-check';
import type { Reservation } from './reservation';
import { allocateReservations, findReservationConflicts } from './reservation';
import { periodsOverlap } from './period';

const hour = 3_600_000;
const hold = (reservationId: string, siteId: string, start: number, end: number, applicationId = `app-${reservationId}`): Reservation => ({
  reservationId,
  siteId,
  applicationId,
  period: { start: start * hour, end: end * hour },
});

describe('findReservationConflicts', () => {
  const accepted = [hold('r1', 'site-a', 0, 10), hold('r2', 'site-a', 20, 30), hold('r3', 'site-b', 0, 100)];

  it('names every accepted reservation on the same site whose period overlaps', () => {
    expect(findReservationConflicts(hold('new', 'site-a', 5, 25), accepted).map((r) => r.reservationId)).toEqual(['r1', 'r2']);
  });

  it('lets periods touch end to start: [0,10) and [10,20) do not overlap', () => {
    expect(findReservationConflicts(hold('new', 'site-a', 10, 20), accepted)).toEqual([]);
  });

  it('ignores other sites and the same reservation id', () => {
    expect(findReservationConflicts(hold('new', 'site-c', 0, 100), accepted)).toEqual([]);
    expect(findReservationConflicts(hold('r1', 'site-a', 0, 10), accepted)).toEqual([]);
  });

  it('catches a period that contains another one whole', () => {
    expect(findReservationConflicts(hold('new', 'site-a', 21, 22), accepted).map((r) => r.reservationId)).toEqual(['r2']);
  });
});

describe('allocateReservations', () => {
  it('accepts first come first served and names what each refused request collided with', () => {
    const { accepted, refused } = allocateReservations([hold('a', 's', 0, 10), hold('b', 's', 5, 15), hold('c', 's', 10, 20)]);
    expect(accepted.map((r) => r.reservationId)).toEqual(['a', 'c']);
    expect(refused).toEqual([{ request: hold('b', 's', 5, 15), conflicts: [hold('a', 's', 0, 10)] }]);
  });
});

const requestArb = fc.record({
  reservationId: fc.uuid(),
  siteId: fc.constantFrom('s1', 's2', 's3'),
  applicationId: fc.constantFrom('app-1', 'app-2', 'app-3', 'app-4'),
  period: fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 50 })).map(([start, length]) => ({ start, end: start + length })),
});

describe('allocateReservations properties', () => {
  it('never accepts two overlapping reservations of one site, whatever the order of requests', () => {
    fc.assert(
      fc.property(fc.uniqueArray(requestArb, { maxLength: 60, selector: (r) => r.reservationId }).chain((requests) => fc.tuple(fc.constant(requests), fc.shuffledSubarray(requests, { minLength: requests.length }))), ([requests, shuffled]) => {
        for (const order of [requests, shuffled]) {
          const { accepted } = allocateReservations(order);
          for (const [i, a] of accepted.entries()) {
            for (const b of accepted.slice(i + 1)) expect(a.siteId === b.siteId && periodsOverlap(a.period, b.period)).toBe(false);
          }
        }
      }),
    );
  });

  it('refuses a request only when it overlaps an accepted one on the same site, and accepts or refuses every request', () => {
    fc.assert(
      fc.property(fc.uniqueArray(requestArb, { maxLength: 60, selector: (r) => r.reservationId }), (requests) => {
        const { accepted, refused } = allocateReservations(requests);
        expect(accepted.length + refused.length).toBe(requests.length);
        for (const { request, conflicts } of refused) {
          expect(conflicts.length).toBeGreaterThan(0);
          for (const held of conflicts) {
            expect(accepted).toContainEqual(held);
            expect(held.siteId === request.siteId && periodsOverlap(held.period, request.period)).toBe(true);
          }
        }
      }),
    );
  });
});

