import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { METRICS_REGISTRY, ObservabilityModule } from '@usm/observability';
import type { CityStack } from '@usm/testing';
import { kafkaConnectionOf, registryCredentialsOf, runSql } from '@usm/testing';
import type { Registry } from 'prom-client';
import type { ReleaseSupersession, SubjectEventsQuery } from '../application/withdrawal.ports';
import { DatasetsWithdrawalModule } from '../datasets-withdrawal.module';
import { WITHDRAWAL_STORE } from '../datasets-withdrawal.tokens';
import type { PostgresWithdrawalStore } from '../adapters/postgres/postgres-withdrawal-store';

/** Withdrawal of one city booted in-process as the datasets principal, over releases and a subject index given by the spec. */
export interface WithdrawalNode {
  readonly app: INestApplication;
  readonly store: PostgresWithdrawalStore;
  metrics(): Promise<string>;
  close(): Promise<void>;
}

export async function startWithdrawalNode(city: CityStack, partners: readonly CityStack[], options: { run: string; releases: ReleaseSupersession; subjects: SubjectEventsQuery }): Promise<WithdrawalNode> {
  const schema = `${options.run}_${city.city}`.replace(/-/g, '_');
  await runSql(city.database.url, `CREATE SCHEMA "${schema}"`);
  const app = await NestFactory.create(
    {
      module: class WithdrawalSpecApp {},
      imports: [
        ObservabilityModule.forRoot({ serviceName: 'datasets', city: city.city, logLevel: 'warn' }),
        DatasetsWithdrawalModule.forRoot({
          withdrawal: {
            city: city.city,
            kafka: kafkaConnectionOf(city, 'datasets', `${city.city}-datasets-spec`),
            registryUrl: city.registry.url,
            registryCredentials: registryCredentialsOf(city, 'registry-datasets'),
            topicPrefix: '',
            partners: Object.fromEntries(partners.map((p) => [p.city, { url: p.registry.url, credentials: registryCredentialsOf(p, `partner-${city.city}`) }])),
            database: { url: city.database.url, schema, runMigrations: true },
            groupPrefix: `${city.city}-datasets-${options.run}`,
            retryDelayMs: 500,
            discoverEveryMs: 1_000,
          },
          releases: { useFactory: () => options.releases },
          subjects: { useFactory: () => options.subjects },
        }),
      ],
    },
    { logger: ['error', 'warn'] },
  );
  await app.init();
  const registry = app.get<Registry>(METRICS_REGISTRY);
  return {
    app,
    store: app.get<PostgresWithdrawalStore>(WITHDRAWAL_STORE),
    metrics: () => registry.metrics(),
    close: async () => {
      await app.close();
      await runSql(city.database.url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}
