import { DecidingCommandHandler, foldEvents } from '@usm/event-sourcing';
import type { EventStore } from '@usm/event-sourcing';
import { InMemoryEventStore } from '@usm/event-sourcing/testing';
import type { ApplicationCommand } from '../domain/application/application.commands';
import { applicationDecider } from '../domain/application/application.decider';
import { periodsOverlap } from '../domain/reservation/period';
import { ReservationConflictError } from '../domain/reservation/reservation.errors';
import { siteCalendarDecider } from '../domain/reservation/site-calendar.decider';
import type { SitesMetrics } from './ports';
import { ReservationScheduler } from './reservation-scheduler';
import { applicationStreamOf, calendarStreamOf } from './stream-ids';

const day = 86_400_000;
const context = (commandId: string) => ({ actor: 'site-manager', commandId, now: new Date(Date.UTC(2029, 0, 1)) });
const counts = { accepted: 0, refused: 0, conflicts: 0 };
const metrics: SitesMetrics = { reservation: (outcome) => void (counts[outcome] += 1), conflict: () => void (counts.conflicts += 1), imported: () => undefined };

async function approved(commands: DecidingCommandHandler, applicationId: string, siteIds: string[], startDay: number): Promise<void> {
  const start = Date.UTC(2030, 0, 1) + startDay * day;
  const terms = { applicationId, companyId: 'vision-lab', solution: { solutionId: 'cam', version: '1' }, siteIds, period: { start, end: start + 5 * day }, dataNeeds: { categories: [], description: 'x' } };
  const steps: ApplicationCommand[] = [
    { type: 'ApplyForSites', data: terms, metadata: { ...context(`${applicationId}-apply`), actor: 'vision-lab' } },
    { type: 'StartScreening', data: { applicationId }, metadata: context(`${applicationId}-screen`) },
    { type: 'ApproveApplication', data: { applicationId }, metadata: context(`${applicationId}-approve`) },
  ];
  for (const step of steps) await commands.handleCommand(applicationDecider, applicationStreamOf(applicationId), step);
}

const calendarOf = async (store: EventStore, siteId: string) => foldEvents(siteCalendarDecider, (await store.readStream(calendarStreamOf(siteId))).events as never[]).reservations;

describe('ReservationScheduler', () => {
  it('lets concurrent schedules of overlapping slots never both hold a site, refusing the others with the reservations that won', async () => {
    const store = new InMemoryEventStore();
    const commands = new DecidingCommandHandler(store);
    const scheduler = new ReservationScheduler(commands, store, metrics, { importConcurrency: 1, reservationRetries: 100 });
    const ids = Array.from({ length: 40 }, (_, i) => `app-${i}`);
    for (const [i, id] of ids.entries()) await approved(commands, id, i % 5 === 0 ? ['s1', 's2'] : [i % 2 === 0 ? 's1' : 's2'], (i * 3) % 12);
    const outcomes = await Promise.allSettled(ids.map((id) => scheduler.schedule(id, undefined, context(`${id}-schedule`))));
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    expect(refused.length).toBeGreaterThan(0);
    for (const error of refused) expect(error).toBeInstanceOf(ReservationConflictError);
    for (const siteId of ['s1', 's2']) {
      const held = await calendarOf(store, siteId);
      expect(held.filter((a, i) => held.some((b, j) => j > i && periodsOverlap(a.period, b.period)))).toEqual([]);
    }
    const scheduled = ids.filter((_, i) => outcomes[i]?.status === 'fulfilled');
    const holders = new Set([...(await calendarOf(store, 's1')), ...(await calendarOf(store, 's2'))].map((r) => r.applicationId));
    expect(holders).toEqual(new Set(scheduled));
    for (const id of scheduled) expect(foldEvents(applicationDecider, (await store.readStream(applicationStreamOf(id))).events as never[]).status).toBe('scheduled');
  });

  it('undoes the sites a request reserved when a later site refuses, and reserves again when the request is repeated', async () => {
    const store = new InMemoryEventStore();
    const commands = new DecidingCommandHandler(store);
    const scheduler = new ReservationScheduler(commands, store, metrics, { importConcurrency: 1, reservationRetries: 0 });
    await approved(commands, 'holder', ['s2'], 0);
    await approved(commands, 'both', ['s1', 's2'], 1);
    await scheduler.schedule('holder', undefined, context('holder-schedule'));
    await expect(scheduler.schedule('both', undefined, context('both-schedule'))).rejects.toThrow(ReservationConflictError);
    expect(await calendarOf(store, 's1')).toEqual([]);
    await scheduler.release(await calendarOf(store, 's2'), 'holder withdrew', context('holder-withdraw'));
    await scheduler.schedule('both', undefined, context('both-schedule'));
    expect((await calendarOf(store, 's1')).map((r) => r.reservationId)).toEqual(['both@s1']);
  });
});
