import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { DatasetsModule, datasetsWithdrawal } from '@usm/datasets';
import { ObservabilityModule } from '@usm/observability';
import { AsyncApiModule, securityOf } from '@usm/security';
import type { DatasetsWithdrawalOptions } from '@usm/datasets';
import type { DatasetsServiceConfig } from './config';

/** Withdrawal runs in the datasets service, as its principal, on its database and partner registries (ADR 0016). */
function withdrawalOptionsOf(config: DatasetsServiceConfig): DatasetsWithdrawalOptions {
  return {
    city: config.city,
    kafka: { brokers: config.kafkaBrokers, clientId: `${config.city}-datasets-withdrawal`, ...(config.kafkaSecurity ? { security: config.kafkaSecurity } : {}) },
    registryUrl: config.registryUrl,
    ...(config.registryCredentials ? { registryCredentials: config.registryCredentials } : {}),
    topicPrefix: config.topicPrefix,
    partners: config.partnerRegistries,
    database: { url: config.databaseUrl, ...(config.databaseSchema === undefined ? {} : { schema: config.databaseSchema }), runMigrations: true },
    // Within the datasets principal's groups (`<city>-datasets*`), one per test prefix.
    groupPrefix: `${config.city}-datasets-withdrawal${config.topicPrefix ? `-${config.topicPrefix}` : ''}`,
    retryDelayMs: 2_000,
    discoverEveryMs: 5_000,
  };
}

/** The datasets service: definitions, release builds, downloads, with JSON logs, `/metrics` and `/health`. */
@Module({})
export class AppModule {
  static register(config: DatasetsServiceConfig): DynamicModule {
    const security = securityOf(config.auth, { audited: true });
    const datasets = DatasetsModule.forRoot({
      city: config.city,
      database: { url: config.databaseUrl, ...(config.databaseSchema === undefined ? {} : { schema: config.databaseSchema }) },
      kafka: { brokers: config.kafkaBrokers, clientId: `${config.city}-datasets`, ...(config.kafkaSecurity ? { security: config.kafkaSecurity } : {}) },
      registryUrl: config.registryUrl,
      ...(config.registryCredentials ? { registryCredentials: config.registryCredentials } : {}),
      partnerRegistries: config.partnerRegistries,
      artifactDir: config.artifactDir,
      publicUrl: config.publicUrl,
      urlSigningKey: config.urlSigningKey,
      signedUrlTtlSeconds: config.signedUrlTtlSeconds,
      topicPrefix: config.topicPrefix,
      read: config.read,
      subjectIndex: config.subjectIndex,
      healthTimeoutMs: config.healthTimeoutMs,
    });
    return {
      module: AppModule,
      controllers: security.controllers,
      providers: security.providers,
      imports: [
        ObservabilityModule.forRoot({ serviceName: 'datasets', city: config.city, logLevel: config.logLevel }),
        AsyncApiModule,
        datasets,
        datasetsWithdrawal(datasets, withdrawalOptionsOf(config)),
      ],
    };
  }
}
