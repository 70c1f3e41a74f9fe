import { foldEvents } from '@usm/event-sourcing';
import { applicationDecider } from '../application/application.decider';
import { histories, reservations, submitted, withdrawn } from '../application/application.spec-fixtures';
import type { ApplicationEvent } from '../application/application.events';
import { siteDecider } from '../site/site.decider';
import { registered, retired, statusChanged } from '../site/site.spec-fixtures';
import type { SiteEvent } from '../site/site.events';
import type { ApplicationRow } from './applications.projection';
import { evolveApplicationRow } from './applications.projection';
import { evolveSiteRegistryRow } from './site-registry.projection';
import { evolveSiteReservationRow } from './site-reservations.projection';

const foldRow = <R, E>(evolve: (row: R | null, event: E) => R | null, events: readonly E[]): R | null => events.reduce<R | null>(evolve, null);

describe('site registry projection', () => {
  it('follows the site aggregate: registered, under maintenance, retired; a late status change is ignored', () => {
    const events: SiteEvent[] = [registered(), statusChanged('available', 'underMaintenance'), retired(), statusChanged('underMaintenance', 'available')];
    for (let n = 1; n <= events.length; n += 1) {
      const state = foldEvents(siteDecider, events.slice(0, n));
      expect(foldRow(evolveSiteRegistryRow, events.slice(0, n))).toEqual(state.status === 'none' ? null : state.site);
    }
  });
});

describe('site reservations projection', () => {
  it('adds a row on SiteReserved and deletes it on cancellation', () => {
    const first = reservations[0] as (typeof reservations)[number];
    const reserved = { type: 'SiteReserved' as const, data: { ...first, reservedAt: 1 } };
    const cancelled = { type: 'SiteReservationCancelled' as const, data: { siteId: first.siteId, reservationId: first.reservationId, reason: 'withdrawn', cancelledAt: 2 } };
    expect(foldRow(evolveSiteReservationRow, [reserved])).toEqual(first);
    expect(foldRow(evolveSiteReservationRow, [reserved, cancelled])).toBeNull();
  });
});

describe('applications projection', () => {
  it.each(Object.keys(histories).filter((name) => name !== 'none') as (keyof typeof histories)[])('agrees with the decider on the status after a history reaching %s', (name) => {
    const events: readonly ApplicationEvent[] = histories[name];
    const row = foldRow(evolveApplicationRow, events) as ApplicationRow;
    expect(row.status).toBe(foldEvents(applicationDecider, events).status);
  });

  it('keeps reservations while scheduled, reasons when rejected, links when completed, and ignores what does not fit', () => {
    expect(foldRow(evolveApplicationRow, histories.scheduled)?.reservations).toEqual(reservations);
    expect(foldRow(evolveApplicationRow, histories.rejected)?.reasons).toEqual(['no model card']);
    expect(foldRow(evolveApplicationRow, histories.completed)?.evidence).toEqual({ releaseIds: ['rel-1'], resultIds: ['res-x'] });
    expect(foldRow(evolveApplicationRow, [withdrawn])).toBeNull();
    expect(foldRow(evolveApplicationRow, [submitted, withdrawn, ...histories.completed.slice(1)])?.status).toBe('withdrawn');
  });
});
