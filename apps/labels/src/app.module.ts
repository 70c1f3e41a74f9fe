import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { LabelsModule } from '@usm/labels';
import { ObservabilityModule } from '@usm/observability';
import { AsyncApiModule, securityOf } from '@usm/security';
import type { LabelsServiceConfig } from './config';

/** The labels service: rule, human and model labels with provenance, with JSON logs, `/metrics` and `/health`. */
@Module({})
export class AppModule {
  static register(config: LabelsServiceConfig): DynamicModule {
    const security = securityOf(config.auth, { audited: false });
    return {
      module: AppModule,
      controllers: security.controllers,
      providers: security.providers,
      imports: [
        AsyncApiModule,
        ObservabilityModule.forRoot({ serviceName: 'labels', city: config.city, logLevel: config.logLevel }),
        LabelsModule.forRoot({
          city: config.city,
          database: { url: config.databaseUrl, ...(config.databaseSchema === undefined ? {} : { schema: config.databaseSchema }) },
          kafka: { brokers: config.kafkaBrokers, clientId: `${config.city}-labels`, ...(config.kafkaSecurity ? { security: config.kafkaSecurity } : {}) },
          registryUrl: config.registryUrl,
          ...(config.registryCredentials ? { registryCredentials: config.registryCredentials } : {}),
          ruleSetYaml: config.ruleSetYaml,
          ...(config.validationUrl ? { validationUrl: config.validationUrl } : {}),
          topicPrefix: config.topicPrefix,
          healthTimeoutMs: config.healthTimeoutMs,
          // Within the labels principal's groups (`<city>-labels*`), one per test prefix.
          groupId: `${config.city}-labels${config.topicPrefix ? `-${config.topicPrefix.replace(/-+$/, '')}` : ''}`,
        }),
      ],
    };
  }
}
