import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { FederationModule } from '@usm/federation';
import { MessagingModule } from '@usm/messaging';
import { ObservabilityModule } from '@usm/observability';
import { AsyncApiModule, securityOf } from '@usm/security';
import type { FederationConfig } from './config';

/** The federation service: the federation context with logs, metrics, health, Kafka and the registry. */
@Module({})
export class AppModule {
  static register(config: FederationConfig): DynamicModule {
    const security = securityOf(config.auth, { audited: true });
    return {
      module: AppModule,
      controllers: security.controllers,
      providers: security.providers,
      imports: [
        AsyncApiModule,
        ObservabilityModule.forRoot({ serviceName: 'federation', city: config.city, logLevel: config.logLevel }),
        MessagingModule.forRoot({ kafka: { brokers: config.kafkaBrokers, ...(config.kafkaSecurity ? { security: config.kafkaSecurity } : {}) }, registryUrl: config.registryUrl, registryCredentials: config.registryCredentials, clientId: `${config.city}-federation` }),
        FederationModule.forRoot(config.federation),
      ],
    };
  }
}
