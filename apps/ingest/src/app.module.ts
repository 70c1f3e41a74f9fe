import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { MessagingModule } from '@usm/messaging';
import { ObservabilityModule } from '@usm/observability';
import { AsyncApiModule, securityOf } from '@usm/security';
import { SafetyEventsModule } from '@usm/safety-events';
import { topicCatalog } from '@usm/contracts';
import type { IngestConfig } from './config';

/** The ingest service: the safety-events context with logs, metrics, health, Kafka and the registry. */
@Module({})
export class AppModule {
  static register(config: IngestConfig): DynamicModule {
    const security = securityOf(config.auth, { audited: true });
    return {
      module: AppModule,
      controllers: security.controllers,
      providers: security.providers,
      imports: [
        AsyncApiModule,
        ObservabilityModule.forRoot({ serviceName: 'ingest', city: config.city, logLevel: config.logLevel }),
        MessagingModule.forRoot({ kafka: { brokers: config.kafkaBrokers, ...(config.kafkaSecurity ? { security: config.kafkaSecurity } : {}) }, registryUrl: config.registryUrl, registryCredentials: config.registryCredentials, clientId: `${config.city}-ingest` }),
        SafetyEventsModule.forRoot({
          city: config.city,
          database: { url: config.databaseUrl, runMigrations: true },
          health: { kafkaBrokers: config.kafkaBrokers, ...(config.kafkaSecurity ? { kafkaSecurity: config.kafkaSecurity } : {}), registryUrl: config.registryUrl, registryCredentials: config.registryCredentials, timeoutMs: config.healthTimeoutMs },
          ingest: config.ingest,
          rawTopic: `${config.topicPrefix}${topicCatalog.safetyEventsRaw.name}`,
          ...(config.mqtt ? { mqtt: config.mqtt } : {}),
        }),
      ],
    };
  }
}
