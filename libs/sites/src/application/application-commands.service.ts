import { Inject, Injectable } from '@nestjs/common';
import type { CommandHandler, CommandResult } from '@usm/event-sourcing';
import { ValidationError } from '@usm/errors';
import type { ApplicationCommand } from '../domain/application/application.commands';
import { applicationDecider } from '../domain/application/application.decider';
import { ApplicationErrorCode, applicationNotFound } from '../domain/application/application.errors';
import type { ApplicationEvent } from '../domain/application/application.events';
import type { ApplicationTerms, DemonstrationEvidence } from '../domain/application/application.model';
import type { ApplicationRow } from '../domain/projection/applications.projection';
import type { CommandContext } from './command-context';
import { metadataOf } from './command-context';
import type { ApplicationReadModel, SiteRegistryReadModel } from './ports';
import { ReservationScheduler } from './reservation-scheduler';
import { APPLICATION_READ_MODEL, SITE_REGISTRY, SITES_COMMANDS } from './sites.tokens';
import { applicationStreamOf } from './stream-ids';

/** A lifecycle step a reviewer (or the applying company, for a withdrawal) takes on an application. */
export type ApplicationStep =
  | { readonly type: 'StartScreening' }
  | { readonly type: 'ApproveApplication' }
  | { readonly type: 'RejectApplication'; readonly reasons: readonly string[] }
  | { readonly type: 'StartDemonstration' }
  | ({ readonly type: 'CompleteDemonstration' } & DemonstrationEvidence)
  | { readonly type: 'WithdrawApplication'; readonly reason: string };

/** Rolling applications: submit, review, schedule (reserving every applied site), run, complete or withdraw. */
@Injectable()
export class ApplicationCommandsService {
  constructor(
    @Inject(SITES_COMMANDS) private readonly commands: CommandHandler,
    @Inject(SITE_REGISTRY) private readonly registry: SiteRegistryReadModel,
    @Inject(APPLICATION_READ_MODEL) private readonly applications: ApplicationReadModel,
    private readonly scheduler: ReservationScheduler,
  ) {}

  /** Takes an application for sites the registry holds (and has not retired). */
  async submit(terms: ApplicationTerms, context: CommandContext): Promise<ApplicationRow> {
    const live = await this.registry.liveSiteIds(terms.siteIds);
    const unknown = terms.siteIds.filter((siteId) => !live.has(siteId));
    if (unknown.length > 0) {
      throw new ValidationError(ApplicationErrorCode.Invalid, [{ field: 'siteIds', rule: 'siteIds.registered', message: `not in the registry or retired: ${unknown.join(', ')}` }]);
    }
    await this.handle({ type: 'ApplyForSites', data: terms, metadata: metadataOf(context) });
    return this.row(terms.applicationId);
  }

  /** One lifecycle step; a withdrawal then frees the reservations the application held. */
  async step(applicationId: string, step: ApplicationStep, context: CommandContext): Promise<ApplicationRow> {
    const { type, ...data } = step;
    const result = await this.handle({ type, data: { applicationId, ...data }, metadata: metadataOf(context) } as ApplicationCommand);
    for (const event of result.events) {
      if (event.type === 'ApplicationWithdrawn') await this.scheduler.release(event.data.releasedReservations, event.data.reason, context);
    }
    return this.row(applicationId);
  }

  /** Reserves every applied site over the applied period (or a period inside it), then records the schedule. */
  async schedule(applicationId: string, period: ApplicationTerms['period'] | undefined, context: CommandContext): Promise<ApplicationRow> {
    await this.scheduler.schedule(applicationId, period, context);
    return this.row(applicationId);
  }

  private handle(command: ApplicationCommand): Promise<CommandResult<ApplicationEvent>> {
    return this.commands.handleCommand(applicationDecider, applicationStreamOf(command.data.applicationId), command);
  }

  private async row(applicationId: string): Promise<ApplicationRow> {
    const row = await this.applications.get(applicationId);
    if (!row) throw applicationNotFound(applicationId);
    return row;
  }
}
