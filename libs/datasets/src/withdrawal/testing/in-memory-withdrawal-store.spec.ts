import { InMemoryWithdrawalStore } from './in-memory-withdrawal-store';
import { withdrawalStoreContract } from './withdrawal-store.contract';

let base = 0;
withdrawalStoreContract('InMemoryWithdrawalStore', () => Promise.resolve({ store: new InMemoryWithdrawalStore(), base: (base += 100) }));
