import { Inject, Injectable } from '@nestjs/common';
import { COMMAND_HANDLER, EVENT_STORE } from '@usm/event-sourcing';
import type { CommandHandler, EventStore } from '@usm/event-sourcing';
import type {
  ActivateAgreement,
  AgreementCommand,
  DraftAgreement,
  ProposeAgreement,
  SignAgreement,
  SuspendAgreement,
  TerminateAgreement,
} from '../domain/agreement/agreement.commands';
import { agreementDecider } from '../domain/agreement/agreement.decider';
import { agreementIdOf, agreementStreamId } from '../domain/agreement/agreement-stream-id';
import { CLOCK, ID_GENERATOR, LEDGER_METRICS } from '../consent.tokens';
import type { CommandContext, CommandReceipt } from './command-receipt';
import { receiptOf } from './command-receipt';
import { withExpectedVersion } from './expected-version.decider';
import { counted } from './command-outcome';
import type { Clock, IdGenerator, LedgerMetrics } from './ports';

type Data<C extends AgreementCommand> = Omit<C['data'], 'agreementId'>;
type Lifecycle = ProposeAgreement | SignAgreement | ActivateAgreement | SuspendAgreement | TerminateAgreement;

/** Agreement command handlers: load → decide → append through the event-sourcing command handler. */
@Injectable()
export class AgreementCommandsService {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly handler: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(LEDGER_METRICS) private readonly metrics: LedgerMetrics,
  ) {}

  /** Drafts a new agreement; a repeated idempotency key answers with the agreement it first created. */
  async draft(data: Data<DraftAgreement>, context: CommandContext): Promise<CommandReceipt> {
    const recorded = context.commandId === undefined ? undefined : await this.store.findCommand(context.commandId);
    const agreementId = recorded ? agreementIdOf(recorded.streamId) : this.ids.newId();
    return this.send('DraftAgreement', agreementId, data, { ...context, expectedVersion: context.expectedVersion ?? 0 });
  }

  /** Proposes, signs, activates (or resumes), suspends or terminates an agreement. */
  apply<T extends Lifecycle['type']>(type: T, agreementId: string, data: Data<Extract<Lifecycle, { type: T }>>, context: CommandContext): Promise<CommandReceipt> {
    return this.send(type, agreementId, data, context);
  }

  private async send(type: AgreementCommand['type'], agreementId: string, data: object, context: CommandContext): Promise<CommandReceipt> {
    const commandId = context.commandId ?? this.ids.newId();
    const metadata = { commandId, now: this.clock.now(), actor: context.actor };
    const command = { type, data: { ...data, agreementId }, metadata } as AgreementCommand;
    const decider = withExpectedVersion(agreementDecider, context.expectedVersion);
    const result = await counted(this.metrics, 'agreement', type, () => this.handler.handleCommand(decider, agreementStreamId(agreementId), command));
    return receiptOf(agreementId, commandId, result);
  }
}
