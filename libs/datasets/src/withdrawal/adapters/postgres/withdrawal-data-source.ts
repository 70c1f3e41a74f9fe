import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { CreateWithdrawalTables1796500000000 } from './migrations/1796500000000-create-withdrawal-tables';

/** Withdrawal's own named data source and migrations table, so it migrates independently of the rest of datasets. */
export const WITHDRAWAL_DATA_SOURCE = 'datasets-withdrawal';

export interface WithdrawalDatabase {
  readonly url: string;
  readonly schema?: string;
  readonly runMigrations: boolean;
}

export function withdrawalDataSourceOptions(database: WithdrawalDatabase): TypeOrmModuleOptions {
  return {
    name: WITHDRAWAL_DATA_SOURCE,
    type: 'postgres',
    url: database.url,
    ...(database.schema ? { schema: database.schema } : {}),
    entities: [],
    migrations: [CreateWithdrawalTables1796500000000],
    migrationsTableName: 'datasets_withdrawal_migrations',
    migrationsRun: database.runMigrations,
    synchronize: false,
    logging: false,
  };
}
