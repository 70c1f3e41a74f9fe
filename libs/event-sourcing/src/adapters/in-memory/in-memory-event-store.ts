import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '../../decider/decider';
import type { AppendOptions, AppendResult, EventStore, RecordedCommand, RecordedEvent, StreamSnapshot } from '../../application/ports';
import { checkExpectedVersion, versionConflict } from '../../application/expected-version';

/**
 * The event store in memory, for unit tests. It keeps the PostgreSQL store's observable behaviour:
 * data goes through JSON, a command id is recorded once, and a stale expected version is a conflict.
 */
export class InMemoryEventStore implements EventStore {
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly commands = new Map<string, RecordedCommand>();
  private readonly log: RecordedEvent[] = [];

  async readStream<E extends DomainEvent = DomainEvent>(streamId: string): Promise<StreamSnapshot<E>> {
    const recorded = this.streams.get(streamId) ?? [];
    return { events: recorded.map((event) => ({ type: event.type, data: copy(event.data) }) as E), version: recorded.length };
  }

  async appendToStream<E extends DomainEvent>(streamId: string, expectedVersion: number, events: readonly E[], options: AppendOptions): Promise<AppendResult<E>> {
    checkExpectedVersion(expectedVersion);
    const known = this.commands.get(options.commandId);
    if (known) return { status: 'duplicate', nextVersion: known.nextVersion, recorded: known as RecordedCommand<E> };
    const stream = this.streams.get(streamId) ?? [];
    if (stream.length !== expectedVersion) throw versionConflict(streamId, expectedVersion, stream.length);
    const recorded = events.map((event, index) => this.record(streamId, expectedVersion + index + 1, event, options));
    this.streams.set(streamId, [...stream, ...recorded]);
    const nextVersion = expectedVersion + events.length;
    this.commands.set(options.commandId, { commandId: options.commandId, streamId, nextVersion, events: copy(events) });
    return { status: 'appended', nextVersion };
  }

  async findCommand<E extends DomainEvent = DomainEvent>(commandId: string): Promise<RecordedCommand<E> | undefined> {
    return this.commands.get(commandId) as RecordedCommand<E> | undefined;
  }

  /** Every recorded event in append order, as the outbox relay would publish them. */
  allEvents(): readonly RecordedEvent[] {
    return [...this.log];
  }

  private record(streamId: string, version: number, event: DomainEvent, options: AppendOptions): RecordedEvent {
    const metadata = { commandId: options.commandId, actor: options.actor ?? null, occurredAt: (options.now ?? new Date()).toISOString() };
    const recorded = { eventId: randomUUID(), streamId, version, globalPosition: String(this.log.length + 1), type: event.type, data: copy(event.data), metadata };
    this.log.push(recorded);
    return recorded;
  }
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
