import { generateDemonstrationSites } from '../fixture/demonstration-sites.generator';
import { seededRandom } from '../fixture/seeded-random';
import { periodsOverlap } from './period';
import type { Reservation } from './reservation';
import { ReservationConflictError } from './reservation.errors';
import type { SiteCalendarState } from './site-calendar.decider';
import { siteCalendarDecider } from './site-calendar.decider';

const day = 86_400_000;
const start = Date.UTC(2026, 3, 1);
const gwangju = generateDemonstrationSites().filter((site) => site.city === 'gwangju' && site.district === 'Nam-gu');

/** 200 applications for 1 to 4 Nam-gu sites each, over 1 to 60 days in a quarter: many contend for the same sites. */
function applications(seed: number): { applicationId: string; reservations: Reservation[] }[] {
  const random = seededRandom(seed);
  return Array.from({ length: 200 }, (_, a) => {
    const from = start + Math.floor(random() * 90) * day;
    const period = { start: from, end: from + (1 + Math.floor(random() * 60)) * day };
    const sites = new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => gwangju[Math.floor(random() * 40)]?.siteId ?? ''));
    const applicationId = `app-${a}`;
    return { applicationId, reservations: [...sites].map((siteId) => ({ reservationId: `${applicationId}-${siteId}`, siteId, applicationId, period })) };
  });
}

/** Each application reserves its sites one calendar at a time and cancels what it got if any site is taken. */
function schedule(order: ReturnType<typeof applications>): Map<string, SiteCalendarState> {
  const calendars = new Map<string, SiteCalendarState>();
  const metadata = { commandId: 'c', now: new Date(start), actor: 'scheduler' };
  const apply = (siteId: string, events: ReturnType<typeof siteCalendarDecider.decide>) =>
    calendars.set(siteId, events.reduce(siteCalendarDecider.evolve, calendars.get(siteId) ?? siteCalendarDecider.initialState()));
  for (const { reservations } of order) {
    const held: Reservation[] = [];
    try {
      for (const reservation of reservations) {
        const state = calendars.get(reservation.siteId) ?? siteCalendarDecider.initialState();
        apply(reservation.siteId, siteCalendarDecider.decide({ type: 'ReserveSite', data: reservation, metadata }, state));
        held.push(reservation);
      }
    } catch (error) {
      expect(error).toBeInstanceOf(ReservationConflictError);
      for (const { siteId, reservationId } of held) {
        const state = calendars.get(siteId) ?? siteCalendarDecider.initialState();
        apply(siteId, siteCalendarDecider.decide({ type: 'CancelSiteReservation', data: { siteId, reservationId, reason: 'site taken' }, metadata }, state));
      }
    }
  }
  return calendars;
}

describe('200 rolling applications over the Gwangju fixture', () => {
  it.each([1, 2, 3])('leave no site double-booked and every application all-or-nothing (seed %i, forward and reversed)', (seed) => {
    const requests = applications(seed);
    for (const order of [requests, [...requests].reverse()]) {
      const calendars = schedule(order);
      const held = [...calendars.values()].flatMap((calendar) => calendar.reservations);
      for (const calendar of calendars.values()) {
        calendar.reservations.forEach((a, i) => calendar.reservations.slice(i + 1).forEach((b) => expect(periodsOverlap(a.period, b.period)).toBe(false)));
      }
      for (const { applicationId, reservations } of requests) {
        const got = held.filter((r) => r.applicationId === applicationId).length;
        expect([0, reservations.length]).toContain(got);
      }
      expect(held.length).toBeGreaterThan(0);
      expect(new Set(held.map((r) => r.applicationId)).size).toBeLessThan(200);
    }
  });
});
