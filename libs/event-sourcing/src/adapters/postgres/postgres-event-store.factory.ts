import type { DataSource } from 'typeorm';
import type { CommandHandler, EventStore, StreamRoute } from '../../application/ports';
import { DecidingCommandHandler } from '../../application/deciding-command-handler';
import type { InlineProjection } from './inline-projection';
import { OutboxRouting } from './outbox-routing';
import { PostgresEventStore } from './postgres-event-store';

/**
 * The PostgreSQL event store and its command handler without EventSourcingModule's Kafka parts, for services
 * that publish nothing; inline projections update read models in the append's transaction.
 */
export function createPostgresEventStore(
  dataSource: DataSource,
  options: { readonly routes?: readonly StreamRoute[]; readonly inlineProjections?: readonly InlineProjection[] } = {},
): { readonly store: EventStore; readonly commands: CommandHandler } {
  const store = new PostgresEventStore(dataSource, new OutboxRouting(options.routes ?? []), options.inlineProjections ?? []);
  return { store, commands: new DecidingCommandHandler(store) };
}
