import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { ObservabilityModule } from '@usm/observability';
import { AsyncApiModule, securityOf } from '@usm/security';
import { ValidationServiceModule } from '@usm/validation';
import type { ValidationServiceConfig } from './config';

/** The validation service: solutions, benchmarks, runs, results and the leaderboard, with JSON logs, `/metrics` and `/health`. */
@Module({})
export class AppModule {
  static register(config: ValidationServiceConfig): DynamicModule {
    const security = securityOf(config.auth, { audited: false });
    return {
      module: AppModule,
      controllers: security.controllers,
      providers: security.providers,
      imports: [
        AsyncApiModule,
        ObservabilityModule.forRoot({ serviceName: 'validation', city: config.city, logLevel: config.logLevel }),
        ValidationServiceModule.forRoot({
          city: config.city,
          timeZone: config.timeZone,
          database: { url: config.databaseUrl, ...(config.databaseSchema === undefined ? {} : { schema: config.databaseSchema }) },
          kafka: { brokers: config.kafkaBrokers, clientId: `${config.city}-validation`, ...(config.kafkaSecurity ? { security: config.kafkaSecurity } : {}) },
          registryUrl: config.registryUrl,
          ...(config.registryCredentials ? { registryCredentials: config.registryCredentials } : {}),
          partnerRegistries: config.partnerRegistries,
          releaseArtifactDir: config.releaseArtifactDir,
          datasetsUrl: config.datasetsUrl,
          topicPrefix: config.topicPrefix,
          hostedConcurrency: config.hostedConcurrency,
          healthTimeoutMs: config.healthTimeoutMs,
        }),
      ],
    };
  }
}
