import type { RawSafetyEvent } from '@usm/contracts';
import type { EventContract } from '../domain/event-contract';
import { eventCountOf, validateEventBatch } from '../domain/validate-event-batch';
import { EventsInFlightError, invalidEvents, publishFailed } from './ingest-errors';
import type { Clock, IdGenerator, IngestLedger, IngestMetrics, RawEventPublisher } from './ports';

export interface IngestSettings {
  readonly city: string;
  readonly maxBatchSize: number;
  readonly maxClockSkewMs: number;
  readonly contract: EventContract;
}

export interface IngestPorts {
  readonly ledger: IngestLedger;
  readonly publisher: RawEventPublisher;
  readonly metrics: IngestMetrics;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/** A request body as received: one event object or `{ events: [...] }`. */
export interface IngestEvents {
  readonly body: unknown;
}

/** Ids produced by this request, and ids that were produced before (or earlier in the same batch). */
export interface IngestReceipt {
  readonly accepted: readonly string[];
  readonly duplicates: readonly string[];
}

/** UUIDs compare case-insensitively; the ledger stores them lowercase. */
const keyOf = (event: RawSafetyEvent): string => event.eventId.toLowerCase();

/** The first event of each id: a repeat later in the same batch is a duplicate. */
function firstOccurrences(events: readonly RawSafetyEvent[]): RawSafetyEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => !seen.has(keyOf(event)) && seen.add(keyOf(event)));
}

/**
 * Validates a batch all or nothing, claims its event ids in the ledger, produces the claimed ones and
 * acknowledges them once Kafka did. Throws `ValidationError`, `EventsInFlightError` or a retriable error.
 */
export class IngestEventsHandler {
  constructor(
    private readonly ports: IngestPorts,
    private readonly settings: IngestSettings,
  ) {}

  async execute(command: IngestEvents): Promise<IngestReceipt> {
    const events = this.validate(command.body);
    const firsts = firstOccurrences(events);
    const token = this.ports.ids.newId();
    const claim = await this.ports.ledger.claim(firsts.map(keyOf), token);
    if (claim.inFlight.length > 0) {
      await this.ports.ledger.release(claim.claimed, token);
      throw new EventsInFlightError(claim.inFlight);
    }
    const claimed = new Set(claim.claimed);
    const toProduce = firsts.filter((event) => claimed.has(keyOf(event)));
    await this.produce(toProduce, token);
    const produced = new Set(toProduce);
    const receipt = {
      accepted: toProduce.map((event) => event.eventId),
      duplicates: events.filter((event) => !produced.has(event)).map((event) => event.eventId),
    };
    this.ports.metrics.accepted(receipt.accepted.length);
    this.ports.metrics.duplicates(receipt.duplicates.length);
    return receipt;
  }

  private validate(body: unknown): readonly RawSafetyEvent[] {
    const { city, maxBatchSize, maxClockSkewMs, contract } = this.settings;
    const validation = validateEventBatch(body, { city, maxBatchSize, maxClockSkewMs, contract, now: this.ports.clock.now() });
    if (validation.ok) return validation.events;
    this.ports.metrics.rejected(eventCountOf(body));
    throw invalidEvents(validation.violations);
  }

  private async produce(events: readonly RawSafetyEvent[], token: string): Promise<void> {
    if (events.length === 0) return;
    const keys = events.map(keyOf);
    try {
      await this.ports.publisher.publish(events);
    } catch (error) {
      // Give the ids back so a retry produces them; should this fail too, the claims lapse after the lease.
      await this.ports.ledger.release(keys, token).catch(() => undefined);
      throw publishFailed(error);
    }
    await this.ports.ledger.acknowledge(keys);
  }
}
