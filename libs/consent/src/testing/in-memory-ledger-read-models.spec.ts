import { InMemoryLedgerReadModels } from './in-memory-ledger-read-models';
import { describeLedgerReadModelsContract } from './ledger-read-models.contract';

describeLedgerReadModelsContract('in memory', async (log) => {
  const models = new InMemoryLedgerReadModels(log);
  return { consents: models, agreements: models };
});
