import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { HealthChecks, KafkaBrokerHealthIndicator, SchemaRegistryHealthIndicator } from '@usm/observability';
import { PrivacyOptions } from '../../application/privacy.options';
import { PRIVACY_OPTIONS } from '../../application/privacy.tokens';
import { PrivacyPipeline } from '../kafka/privacy-pipeline.provider';
import { pipelineReadiness } from './pipeline-readiness';

/**
 * Plugs what the privacy service depends on into readiness (`/health/ready`): Kafka, the schema registry,
 * and the stream itself (running, no partition stuck, quarantine rate under its threshold).
 */
@Injectable()
export class PrivacyHealth implements OnModuleInit {
  private readonly results = new HealthIndicatorService();

  constructor(
    private readonly checks: HealthChecks,
    private readonly pipeline: PrivacyPipeline,
    @Inject(PRIVACY_OPTIONS) private readonly options: PrivacyOptions,
  ) {}

  onModuleInit(): void {
    const { kafkaBrokers, kafkaSecurity, registryUrl, registryCredentials, timeoutMs } = this.options.health;
    this.checks.register('kafka', new KafkaBrokerHealthIndicator({ brokers: kafkaBrokers, timeoutMs, clientId: `${this.options.city}-privacy-health`, ...(kafkaSecurity ? { security: kafkaSecurity } : {}) }));
    this.checks.register('schemaRegistry', new SchemaRegistryHealthIndicator({ url: registryUrl, timeoutMs, credentials: registryCredentials }));
    this.checks.register('privacyPipeline', {
      check: async (key) => {
        const { up, details } = pipelineReadiness(this.pipeline);
        return up ? this.results.check(key).up(details) : this.results.check(key).down(details);
      },
    });
  }
}
