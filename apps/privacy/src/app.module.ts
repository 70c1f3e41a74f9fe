import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { MessagingModule } from '@usm/messaging';
import { ObservabilityModule } from '@usm/observability';
import { AsyncApiModule, securityOf } from '@usm/security';
import { PrivacyModule } from '@usm/privacy';
import type { PrivacyConfig } from './config';

/** The privacy service: the privacy context with logs, metrics, health, Kafka and the registry. */
@Module({})
export class AppModule {
  static register(config: PrivacyConfig): DynamicModule {
    const { maxChunkRecords, transactionTimeoutMs, sessionTimeoutMs, heartbeatIntervalMs, stuckAfterFailedChunks, ...stream } = config.stream;
    const security = securityOf(config.auth, { audited: false });
    return {
      module: AppModule,
      controllers: security.controllers,
      providers: security.providers,
      imports: [
        ObservabilityModule.forRoot({ serviceName: 'privacy', city: config.city, logLevel: config.logLevel }),
        AsyncApiModule,
        MessagingModule.forRoot({ kafka: { brokers: config.kafkaBrokers, ...(config.kafkaSecurity ? { security: config.kafkaSecurity } : {}) }, registryUrl: config.registryUrl, registryCredentials: config.registryCredentials, clientId: `${config.city}-privacy` }),
        PrivacyModule.forRoot({
          city: config.city,
          policyFile: config.policyFile,
          policyEnvironment: config.policyEnvironment,
          stream: { ...stream, settings: { maxChunkRecords, transactionTimeoutMs, sessionTimeoutMs, heartbeatIntervalMs, stuckAfterFailedChunks } },
          egress: config.egress,
          legalBasisGate: config.legalBasisGate,
          ...(config.sourceSystemsFile === undefined ? {} : { sourceSystemsFile: config.sourceSystemsFile }),
          health: { kafkaBrokers: config.kafkaBrokers, ...(config.kafkaSecurity ? { kafkaSecurity: config.kafkaSecurity } : {}), registryUrl: config.registryUrl, registryCredentials: config.registryCredentials, timeoutMs: config.healthTimeoutMs },
        }),
      ],
    };
  }
}
