import { projectionStoreContract } from '../../testing/projection-store.contract';
import { counterTotalEntity } from '../../testing/counter-totals.projection';
import { openTestDatabase } from '../../testing/test-database';
import { TypeOrmProjectionStore } from './typeorm-projection-store';

projectionStoreContract('TypeORM on PostgreSQL', async () => {
  const database = await openTestDatabase({ entities: [counterTotalEntity], synchronize: true });
  return { store: new TypeOrmProjectionStore(database.dataSource, 'counter-totals', counterTotalEntity), close: () => database.drop() };
});
