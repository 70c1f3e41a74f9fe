import { ConcurrencyError, ValidationError } from '@usm/errors';
import type { Decider, DomainCommand, DomainEvent } from '../decider/decider';
import { foldEvents } from '../decider/decider';
import { EventSourcingErrorCode } from '../domain/event-sourcing-error-codes';
import type { CommandHandler, CommandResult, EventStore, HandleCommandOptions, RecordedCommand } from './ports';

/**
 * Load → decide → append at the version that was loaded. A repeated command id returns the first
 * result; a conflict is surfaced unless the caller asked for retries (deciders are pure, so re-deciding is safe).
 */
export class DecidingCommandHandler implements CommandHandler {
  constructor(private readonly store: EventStore) {}

  async handleCommand<C extends DomainCommand, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: C,
    options: HandleCommandOptions = {},
  ): Promise<CommandResult<E>> {
    const retries = options.retriesOnConflict ?? 0;
    for (let attempt = 0; ; attempt += 1) {
      const recorded = await this.store.findCommand<E>(command.metadata.commandId);
      if (recorded) return replay(recorded, streamId);
      try {
        return await this.decideAndAppend(decider, streamId, command);
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        // The same command may have won in a concurrent request: that is a duplicate, not a conflict.
        const winner = await this.store.findCommand<E>(command.metadata.commandId);
        if (winner) return replay(winner, streamId);
        if (attempt >= retries) throw error;
      }
    }
  }

  private async decideAndAppend<C extends DomainCommand, E extends DomainEvent, S>(decider: Decider<C, E, S>, streamId: string, command: C): Promise<CommandResult<E>> {
    const { events: history, version } = await this.store.readStream<E>(streamId);
    const events = decider.decide(command, foldEvents(decider, history));
    if (events.length === 0) return { status: 'unchanged', streamId, nextVersion: version, events };
    const { commandId, actor, now } = command.metadata;
    const result = await this.store.appendToStream(streamId, version, events, { commandId, actor, now });
    if (result.status === 'duplicate') return replay(result.recorded, streamId);
    return { status: 'appended', streamId, nextVersion: result.nextVersion, events };
  }
}

function replay<E extends DomainEvent>(recorded: RecordedCommand<E>, streamId: string): CommandResult<E> {
  if (recorded.streamId !== streamId) {
    throw new ValidationError(EventSourcingErrorCode.CommandIdReused, [
      { field: 'metadata.commandId', rule: 'unique-per-stream', message: 'was already used for another stream' },
    ]);
  }
  return { status: 'duplicate', streamId, nextVersion: recorded.nextVersion, events: recorded.events };
}
