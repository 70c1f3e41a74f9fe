import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import type { FederationOptions } from '../../federation.options';
import { ReplicationAuditRow } from './replication-audit.entity';
import { federationMigrations, federationMigrationsTable } from './federation-migrations';

/** The context's own named data source: contexts of an all-in-one node never share entities or migrations. */
export const FEDERATION_DATA_SOURCE = 'federation';

export function federationDataSourceOptions(database: FederationOptions['database']): TypeOrmModuleOptions {
  return {
    name: FEDERATION_DATA_SOURCE,
    type: 'postgres',
    url: database.url,
    schema: database.schema,
    entities: [ReplicationAuditRow],
    migrations: federationMigrations,
    migrationsTableName: federationMigrationsTable,
    migrationsRun: database.runMigrations,
    synchronize: false,
    logging: false,
  };
}
