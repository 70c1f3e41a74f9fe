import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CommandHandler, EventStore } from '@usm/event-sourcing';
import { foldEvents } from '@usm/event-sourcing';
import type { ScheduleApplication } from '../domain/application/application.commands';
import { applicationDecider } from '../domain/application/application.decider';
import { applicationNotFound } from '../domain/application/application.errors';
import type { ApplicationEvent } from '../domain/application/application.events';
import type { Period } from '../domain/reservation/period';
import type { Reservation } from '../domain/reservation/reservation';
import { ReservationConflictError } from '../domain/reservation/reservation.errors';
import type { CancelSiteReservation, ReserveSite } from '../domain/reservation/site-calendar.decider';
import { siteCalendarDecider } from '../domain/reservation/site-calendar.decider';
import type { CommandContext } from './command-context';
import { metadataOf } from './command-context';
import type { SitesMetrics } from './ports';
import { SITES_COMMANDS, SITES_EVENT_STORE, SITES_METRICS, SITES_OPTIONS } from './sites.tokens';
import type { SitesRuntimeOptions } from './sites-runtime-options';
import { applicationStreamOf, calendarStreamOf } from './stream-ids';

/** One reservation per application and site at a time, so its id needs no generator and a retry finds it again. */
export const reservationIdOf = (applicationId: string, siteId: string): string => `${applicationId}@${siteId}`;

/**
 * Schedules an application across the site calendars. Each site's calendar is its own stream: a reservation is
 * decided against the calendar it read and appended at that version, so of two overlapping requests only one can
 * commit; the other re-reads and is refused with the reservation that won. When one site refuses, the sites already
 * reserved by this request are released again (a saga, not a distributed transaction: see ADR 0022).
 * Calendar commands get fresh ids: the reservation id (one per application and site) is what makes them idempotent,
 * so a request repeated after an undo reserves again instead of replaying a reservation since cancelled.
 */
@Injectable()
export class ReservationScheduler {
  constructor(
    @Inject(SITES_COMMANDS) private readonly commands: CommandHandler,
    @Inject(SITES_EVENT_STORE) private readonly store: EventStore,
    @Inject(SITES_METRICS) private readonly metrics: SitesMetrics,
    @Inject(SITES_OPTIONS) private readonly options: SitesRuntimeOptions,
  ) {}

  async schedule(applicationId: string, period: Period | undefined, context: CommandContext): Promise<void> {
    const stream = applicationStreamOf(applicationId);
    const state = foldEvents(applicationDecider, (await this.store.readStream<ApplicationEvent>(stream)).events);
    if (state.status === 'none') throw applicationNotFound(applicationId);
    const wanted = period ?? state.terms.period;
    const requests = state.terms.siteIds.map((siteId): Reservation => ({ reservationId: reservationIdOf(applicationId, siteId), siteId, applicationId, period: wanted }));
    const command: ScheduleApplication = { type: 'ScheduleApplication', data: { applicationId, reservations: requests }, metadata: metadataOf(context) };
    applicationDecider.decide(command, state); // refuses a wrong status or a period outside the applied one before any calendar is touched
    const held: Reservation[] = [];
    try {
      for (const request of requests) {
        await this.reserve(request, context);
        held.push(request);
      }
      await this.commands.handleCommand(applicationDecider, stream, command);
    } catch (error) {
      await this.release(held, 'scheduling failed', context, 'undo');
      throw error;
    }
  }

  /** Frees reservations (withdrawal, or an undone schedule); one already freed is left alone. */
  async release(reservations: readonly Reservation[], reason: string, context: CommandContext, part = 'release'): Promise<void> {
    for (const held of reservations) {
      const data = { siteId: held.siteId, reservationId: held.reservationId, reason };
      const command: CancelSiteReservation = { type: 'CancelSiteReservation', data, metadata: metadataOf(context, `${part}:${held.siteId}:${randomUUID()}`) };
      const calendar = foldEvents(siteCalendarDecider, (await this.store.readStream(calendarStreamOf(held.siteId))).events as never[]);
      if (!calendar.reservations.some((r) => r.reservationId === held.reservationId)) continue;
      await this.commands.handleCommand(siteCalendarDecider, calendarStreamOf(held.siteId), command, { retriesOnConflict: this.options.reservationRetries });
    }
  }

  private async reserve(request: Reservation, context: CommandContext): Promise<void> {
    const command: ReserveSite = { type: 'ReserveSite', data: request, metadata: metadataOf(context, `reserve:${request.siteId}:${randomUUID()}`) };
    try {
      await this.commands.handleCommand(siteCalendarDecider, calendarStreamOf(request.siteId), command, { retriesOnConflict: this.options.reservationRetries });
      this.metrics.reservation('accepted');
    } catch (error) {
      this.metrics.reservation('refused');
      if (error instanceof ReservationConflictError) this.metrics.conflict();
      throw error;
    }
  }
}
