import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import type { SafetyEventsOptions } from '../../safety-events.options';
import { IngestLedgerEntry } from './ingest-ledger.entity';
import { safetyEventsMigrations, safetyEventsMigrationsTable } from './safety-events-migrations';

/** The context's own named data source: contexts of an all-in-one node never share entities or migrations. */
export const SAFETY_EVENTS_DATA_SOURCE = 'safety-events';

export function safetyEventsDataSourceOptions(database: SafetyEventsOptions['database']): TypeOrmModuleOptions {
  return {
    name: SAFETY_EVENTS_DATA_SOURCE,
    type: 'postgres',
    url: database.url,
    schema: database.schema,
    entities: [IngestLedgerEntry],
    migrations: safetyEventsMigrations,
    migrationsTableName: safetyEventsMigrationsTable,
    migrationsRun: database.runMigrations,
    synchronize: false,
    logging: false,
  };
}
