import type { TypeOrmProjection } from '@usm/event-sourcing';
import { agreementsCurrentProjection, consentCurrentProjection, consentHistoryProjection } from './adapters/kafka/ledger-projections';
import { ledgerStreamRoutes } from './adapters/kafka/ledger-stream-routes';
import type { LedgerTopics } from './adapters/kafka/ledger-topics';
import { catalogLedgerTopics } from './adapters/kafka/ledger-topics';
import { AgreementsCurrentEntity } from './adapters/postgres/agreements-current.entity';
import { ConsentCurrentEntity } from './adapters/postgres/consent-current.entity';
import { ConsentHistoryEntity } from './adapters/postgres/consent-history.entity';
import { CreateAuditLog1796400000000 } from '@usm/security';
import { CreateLedgerReadModels1763800000000 } from './adapters/postgres/migrations/1763800000000-create-ledger-read-models';

/** The ledger's projections, each bound to the TypeORM entity of its read model. */
export function ledgerProjections(topics: LedgerTopics = catalogLedgerTopics): readonly TypeOrmProjection[] {
  return [
    { ...consentCurrentProjection(topics), entity: ConsentCurrentEntity },
    { ...consentHistoryProjection(topics), entity: ConsentHistoryEntity },
    { ...agreementsCurrentProjection(topics), entity: AgreementsCurrentEntity },
  ] as readonly TypeOrmProjection[];
}

/**
 * What the ledger gives the event-sourcing runtime: stream routes for the outbox relay (consent-… and
 * agreement-… streams to their topics as Avro envelopes), projections for the runner, read-model migrations.
 */
export function ledgerEventSourcing(topics: LedgerTopics = catalogLedgerTopics) {
  return { routes: ledgerStreamRoutes(topics), projections: ledgerProjections(topics), migrations: [CreateLedgerReadModels1763800000000, CreateAuditLog1796400000000] };
}
