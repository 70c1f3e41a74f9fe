import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { ConsentModule } from '@usm/consent';
import { ObservabilityModule } from '@usm/observability';
import { AsyncApiModule, securityOf } from '@usm/security';
import type { ConsentServiceConfig } from './config';

/** The consent service: the ledger context with JSON logs, `/metrics` and `/health`. */
@Module({})
export class AppModule {
  static register(config: ConsentServiceConfig): DynamicModule {
    const security = securityOf(config.auth, { audited: true });
    return {
      module: AppModule,
      controllers: security.controllers,
      providers: security.providers,
      imports: [
        AsyncApiModule,
        ObservabilityModule.forRoot({ serviceName: 'consent', city: config.city, logLevel: config.logLevel }),
        ConsentModule.forRoot({
          database: { url: config.databaseUrl, ...(config.databaseSchema === undefined ? {} : { schema: config.databaseSchema }) },
          kafka: { brokers: config.kafkaBrokers, clientId: `${config.city}-consent`, ...(config.kafkaSecurity ? { security: config.kafkaSecurity } : {}) },
          registryUrl: config.registryUrl,
          registryCredentials: config.registryCredentials,
          relayMaxPendingMs: config.relayMaxPendingMs,
          healthTimeoutMs: config.healthTimeoutMs,
        }),
      ],
    };
  }
}
