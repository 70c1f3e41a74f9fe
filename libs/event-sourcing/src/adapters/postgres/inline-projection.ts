import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../application/ports';

/**
 * A read model kept in the very transaction that appends the events it follows, for a service with no Kafka
 * (no outbox, no consumer offsets): the rows commit or roll back with the events, so none is applied twice or missed.
 */
export interface InlineProjection {
  /** Applies a stream's newly appended events, inside the append's transaction. */
  apply(manager: EntityManager, events: readonly RecordedEvent[]): Promise<void>;
}
