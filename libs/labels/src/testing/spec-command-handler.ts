import type { CommandHandler, CommandResult, Decider, DomainCommand, DomainEvent, EventStore } from '@usm/event-sourcing';
import { foldEvents } from '@usm/event-sourcing';

/** Load → decide → append over any event store, as the event-sourcing module's handler does, for unit specs. */
export class SpecCommandHandler implements CommandHandler {
  constructor(private readonly store: EventStore) {}

  async handleCommand<C extends DomainCommand, E extends DomainEvent, S>(decider: Decider<C, E, S>, streamId: string, command: C): Promise<CommandResult<E>> {
    const recorded = await this.store.findCommand<E>(command.metadata.commandId);
    if (recorded) return { status: 'duplicate', streamId, nextVersion: recorded.nextVersion, events: recorded.events };
    const { events: history, version } = await this.store.readStream<E>(streamId);
    const events = decider.decide(command, foldEvents(decider, history));
    if (events.length === 0) return { status: 'unchanged', streamId, nextVersion: version, events };
    const { commandId, actor, now } = command.metadata;
    const result = await this.store.appendToStream(streamId, version, events, { commandId, actor, now });
    return { status: result.status, streamId, nextVersion: result.nextVersion, events };
  }
}
