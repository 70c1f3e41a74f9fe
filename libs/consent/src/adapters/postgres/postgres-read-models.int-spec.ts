import type { DataSource } from 'typeorm';
import { createEventSourcingDataSource } from '@usm/event-sourcing';
import { withinTime } from '@usm/testing';
import type { LedgerIntStack } from '../../testing/ledger-int-stack';
import { openLedgerIntStack } from '../../testing/ledger-int-stack';
import { describeLedgerReadModelsContract } from '../../testing/ledger-read-models.contract';
import { projectLedger } from '../../testing/project-ledger';
import { AgreementsCurrentEntity } from './agreements-current.entity';
import { ConsentCurrentEntity } from './consent-current.entity';
import { ConsentHistoryEntity } from './consent-history.entity';
import { CreateLedgerReadModels1763800000000 } from './migrations/1763800000000-create-ledger-read-models';
import { PostgresAgreementReadModel } from './postgres-agreement-read-model';
import { PostgresConsentReadModel } from './postgres-consent-read-model';

let stack: LedgerIntStack;
let dataSource: DataSource;

describeLedgerReadModelsContract(
  'PostgreSQL (tables from the migration)',
  async (log) => {
    stack = await openLedgerIntStack();
    dataSource = createEventSourcingDataSource({
      url: stack.databaseUrl,
      schema: stack.schema,
      entities: [ConsentCurrentEntity, ConsentHistoryEntity, AgreementsCurrentEntity],
      migrations: [CreateLedgerReadModels1763800000000],
    });
    await withinTime('read models: migrate the schema', 60_000, dataSource.initialize());
    const rows = projectLedger(log.allEvents());
    await dataSource.getRepository(ConsentCurrentEntity).save([...rows.consentCurrent]);
    await dataSource.getRepository(ConsentHistoryEntity).save([...rows.consentHistory]);
    await dataSource.getRepository(AgreementsCurrentEntity).save([...rows.agreements]);
    return { consents: new PostgresConsentReadModel(dataSource), agreements: new PostgresAgreementReadModel(dataSource) };
  },
  async () => {
    await dataSource?.destroy();
    await stack?.drop();
  },
);
