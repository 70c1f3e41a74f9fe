import { projectionStoreContract } from '../../testing/projection-store.contract';
import type { CounterTotal } from '../../testing/counter-totals.projection';
import { InMemoryProjectionStore } from './in-memory-projection-store';

projectionStoreContract('in memory', async () => ({ store: new InMemoryProjectionStore<CounterTotal>(['counterId']) }));
