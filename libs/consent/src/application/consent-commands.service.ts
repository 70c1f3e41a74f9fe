import { Inject, Injectable } from '@nestjs/common';
import type { DataPurpose } from '@usm/contracts';
import { COMMAND_HANDLER } from '@usm/event-sourcing';
import type { CommandHandler } from '@usm/event-sourcing';
import type { ConsentCommand, GrantConsent, RenewConsent, RevokeConsent } from '../domain/consent/consent.commands';
import { consentDecider } from '../domain/consent/consent.decider';
import { upcastConsentEvent } from '../domain/consent/consent-event.upcaster';
import { consentStreamId } from '../domain/consent/consent-stream-id';
import { CLOCK, ID_GENERATOR, LEDGER_METRICS } from '../consent.tokens';
import type { CommandContext, CommandReceipt } from './command-receipt';
import { receiptOf } from './command-receipt';
import { withExpectedVersion } from './expected-version.decider';
import { counted } from './command-outcome';
import type { Clock, IdGenerator, LedgerMetrics } from './ports';
import { withUpcaster } from './upcasting.decider';

const storedConsentDecider = withUpcaster(consentDecider, upcastConsentEvent);

type Data<C extends ConsentCommand> = Omit<C['data'], 'subjectId' | 'purpose'>;

/** Consent command handlers: load → decide → append through the event-sourcing command handler. */
@Injectable()
export class ConsentCommandsService {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly handler: CommandHandler,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(LEDGER_METRICS) private readonly metrics: LedgerMetrics,
  ) {}

  grant(subjectId: string, purpose: DataPurpose, data: Data<GrantConsent>, context: CommandContext): Promise<CommandReceipt> {
    return this.send('GrantConsent', subjectId, purpose, data, context);
  }

  revoke(subjectId: string, purpose: DataPurpose, data: Data<RevokeConsent>, context: CommandContext): Promise<CommandReceipt> {
    return this.send('RevokeConsent', subjectId, purpose, data, context);
  }

  renew(subjectId: string, purpose: DataPurpose, data: Data<RenewConsent>, context: CommandContext): Promise<CommandReceipt> {
    return this.send('RenewConsent', subjectId, purpose, data, context);
  }

  /** For the expiry scheduler: records the lapse of a consent whose expiry was reached. */
  expire(subjectId: string, purpose: DataPurpose, context: CommandContext): Promise<CommandReceipt> {
    return this.send('ExpireConsent', subjectId, purpose, {}, context);
  }

  private async send<T extends ConsentCommand['type']>(
    type: T,
    subjectId: string,
    purpose: DataPurpose,
    data: Data<Extract<ConsentCommand, { type: T }>>,
    context: CommandContext,
  ): Promise<CommandReceipt> {
    const commandId = context.commandId ?? this.ids.newId();
    const metadata = { commandId, now: this.clock.now(), actor: context.actor };
    const command = { type, data: { ...data, subjectId, purpose }, metadata } as ConsentCommand;
    const streamId = consentStreamId(subjectId, purpose);
    const decider = withExpectedVersion(storedConsentDecider, context.expectedVersion);
    const result = await counted(this.metrics, 'consent', type, () => this.handler.handleCommand(decider, streamId, command));
    return receiptOf(streamId, commandId, result);
  }
}
