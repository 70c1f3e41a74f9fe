import type { RawSafetyEvent } from '@usm/contracts';

/** Which of the requested event ids a caller now holds, and what became of the others. */
export interface LedgerClaim {
  /** Claimed by this caller: it must publish them, then acknowledge or release them. */
  readonly claimed: readonly string[];
  /** Already produced and acknowledged by Kafka: duplicates. */
  readonly acknowledged: readonly string[];
  /** Claimed by another request that has not finished and whose claim has not lapsed. */
  readonly inFlight: readonly string[];
}

/** Remembers which event ids were produced, so a repeated id is acknowledged but not produced again. */
export interface IngestLedger {
  /** Atomically claims the ids nobody holds (or whose claim lapsed) for `claimToken`. */
  claim(eventIds: readonly string[], claimToken: string): Promise<LedgerClaim>;
  /** Marks ids as produced, once Kafka acknowledged them (whoever holds the claim now: the records are on the topic). */
  acknowledge(eventIds: readonly string[]): Promise<void>;
  /** Gives back ids this caller claimed but could not produce, so a retry can produce them. */
  release(eventIds: readonly string[], claimToken: string): Promise<void>;
}

/** Produces raw events to the raw topic, keyed by eventId; resolves once the brokers acknowledged them all. */
export interface RawEventPublisher {
  publish(events: readonly RawSafetyEvent[]): Promise<void>;
}

/** Counters of what ingest did with the events it was sent. */
export interface IngestMetrics {
  accepted(count: number): void;
  rejected(count: number): void;
  duplicates(count: number): void;
}

export interface Clock {
  /** Epoch millis. */
  now(): number;
}

export interface IdGenerator {
  newId(): string;
}
