import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { DatasetsModule } from '@usm/datasets';
import { ObservabilityModule } from '@usm/observability';
import { securityOf } from '@usm/security';
import type { DatasetsServiceConfig } from './config';

/** The datasets service: definitions, release builds, downloads, with JSON logs, `/metrics` and `/health`. */
@Module({})
export class AppModule {
  static register(config: DatasetsServiceConfig): DynamicModule {
    const security = securityOf(config.auth, { audited: true });
    return {
      module: AppModule,
      controllers: security.controllers,
      providers: security.providers,
      imports: [
        ObservabilityModule.forRoot({ serviceName: 'datasets', city: config.city, logLevel: config.logLevel }),
        DatasetsModule.forRoot({
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
        }),
      ],
    };
  }
}
