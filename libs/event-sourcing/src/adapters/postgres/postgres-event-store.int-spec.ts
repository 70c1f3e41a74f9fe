import { eventStoreContract } from '../../testing/event-store.contract';
import { openTestDatabase } from '../../testing/test-database';
import { OutboxRouting } from './outbox-routing';
import { PostgresEventStore } from './postgres-event-store';

eventStoreContract('PostgreSQL', async () => {
  const database = await openTestDatabase();
  return { store: new PostgresEventStore(database.dataSource, new OutboxRouting([])), close: () => database.drop() };
});
