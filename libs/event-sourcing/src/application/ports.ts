import type { Decider, DomainCommand, DomainEvent } from '../decider/decider';
import type { RelayReport } from '../domain/relay-status';

/** What the write side knows of a stream: its events in order and its version (= number of events; 0 = new). */
export interface StreamSnapshot<E extends DomainEvent = DomainEvent> {
  readonly events: readonly E[];
  readonly version: number;
}

/** Who and when, recorded with every appended event (from the command's metadata). */
export interface AppendOptions {
  readonly commandId: string;
  readonly actor?: string;
  readonly now?: Date;
}

/** A command already handled: replayed to a caller that repeats its command id. */
export interface RecordedCommand<E extends DomainEvent = DomainEvent> {
  readonly commandId: string;
  readonly streamId: string;
  readonly nextVersion: number;
  readonly events: readonly E[];
}

/** The outcome of an append: the events were written, or the command id was already recorded. */
export type AppendResult<E extends DomainEvent = DomainEvent> =
  | { readonly status: 'appended'; readonly nextVersion: number }
  | { readonly status: 'duplicate'; readonly nextVersion: number; readonly recorded: RecordedCommand<E> };

/**
 * Where the write side keeps its events. Event data is stored as JSON: keep it JSON-shaped
 * (numbers for times, no Date or bigint), it comes back from `readStream` as `JSON.parse` gives it.
 */
export interface EventStore {
  /** The stream's events and version; an unknown stream is `{ events: [], version: 0 }`. */
  readStream<E extends DomainEvent = DomainEvent>(streamId: string): Promise<StreamSnapshot<E>>;
  /**
   * Appends atomically if the stream is still at `expectedVersion` (and records `commandId` with it).
   * Throws `ConcurrencyError` (code `EVENT_SOURCING.VERSION_CONFLICT`) when the stream moved on.
   */
  appendToStream<E extends DomainEvent>(streamId: string, expectedVersion: number, events: readonly E[], options: AppendOptions): Promise<AppendResult<E>>;
  /** The first result of a command id, if it was handled. */
  findCommand<E extends DomainEvent = DomainEvent>(commandId: string): Promise<RecordedCommand<E> | undefined>;
}

/** What `handleCommand` did: appended new events, replayed a repeated command, or decided nothing. */
export interface CommandResult<E extends DomainEvent = DomainEvent> {
  readonly status: 'appended' | 'duplicate' | 'unchanged';
  readonly streamId: string;
  readonly nextVersion: number;
  readonly events: readonly E[];
}

/** How `handleCommand` treats a version conflict. */
export interface HandleCommandOptions {
  /** Re-load and re-decide this many times on a version conflict; 0 (default) surfaces `ConcurrencyError` (HTTP 409). */
  readonly retriesOnConflict?: number;
}

/** Load → decide → append with the expected version; idempotent by `command.metadata.commandId`. */
export interface CommandHandler {
  handleCommand<C extends DomainCommand, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: C,
    options?: HandleCommandOptions,
  ): Promise<CommandResult<E>>;
}

/** Which Kafka topic a stream category's events go to, and their Avro value (subject `<topic>-value`). */
export interface StreamRoute<E extends DomainEvent = DomainEvent> {
  /** Streams named `<category>-<id>` (e.g. `consent-…`) use this route. */
  readonly category: string;
  readonly topic: string;
  /** The Avro value of an event, matching the topic's latest value schema. */
  toValue(event: RecordedEvent<E>): unknown;
  /** Record key; the stream id by default (record keys are aggregate ids). */
  keyOf?(event: RecordedEvent<E>): string;
}

/** An event as stored, with its place in the stream and the global log, as the outbox relay publishes it. */
export interface RecordedEvent<E extends DomainEvent = DomainEvent> {
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
  /** Position in the store's global log, as a decimal string (bigint in PostgreSQL). */
  readonly globalPosition: string;
  readonly type: E['type'];
  readonly data: E['data'];
  readonly metadata: { readonly commandId: string; readonly actor: string | null; readonly occurredAt: string };
}

/** Publishes the outbox to Kafka; runs from application bootstrap to shutdown. */
export interface OutboxRelay {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Publishes everything committed so far, then resolves (for tests and graceful shutdown). */
  drain(): Promise<number>;
  /** Status and backlog (unpublished rows, oldest age) for readiness and metrics. */
  report(): Promise<RelayReport>;
}

/** What a projection made of one record: applied, or ignored because its offset was already applied. */
export type ProjectionOutcome = 'applied' | 'ignored';

/** One database transaction of a projection step: the offset row is locked until it commits. */
export interface ProjectionTransaction<Row extends object = object> {
  /** The last offset applied from a partition (-1 for none), locked against concurrent runners. */
  lockOffset(topic: string, partition: number): Promise<bigint>;
  storeOffset(topic: string, partition: number, lastOffset: bigint): Promise<void>;
  /** The existing rows with these primary keys, in any order. */
  loadRows(keys: readonly Partial<Row>[]): Promise<Row[]>;
  saveRows(rows: readonly Row[]): Promise<void>;
  deleteRows(keys: readonly Partial<Row>[]): Promise<void>;
}

/** Where one projection keeps its rows and offsets: changes and offsets commit together. */
export interface ProjectionStore<Row extends object = object> {
  inTransaction<T>(work: (transaction: ProjectionTransaction<Row>) => Promise<T>): Promise<T>;
  /** The last applied offset per `topic:partition`. */
  readOffsets(): Promise<ReadonlyMap<string, bigint>>;
  /** Empties the read model and forgets its offsets, in one transaction. */
  reset(): Promise<void>;
}

/** Runs projections from Kafka into PostgreSQL, offsets stored with the read model. */
export interface ProjectionRunner {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Empties the read model and its offsets, then replays its topics from the beginning. */
  rebuild(projectionName: string): Promise<void>;
  /** Names of the projections this runner hosts. */
  readonly projectionNames: readonly string[];
}
