import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { HealthChecks, KafkaBrokerHealthIndicator, SchemaRegistryHealthIndicator } from '@usm/observability';
import { PrivacyOptions } from '../../application/privacy.options';
import { PRIVACY_OPTIONS } from '../../application/privacy.tokens';
import { PrivacyPipeline } from '../kafka/privacy-pipeline.provider';

/** Plugs what the privacy service depends on into `/health`: Kafka, the schema registry and the stream itself. */
@Injectable()
export class PrivacyHealth implements OnModuleInit {
  private readonly results = new HealthIndicatorService();

  constructor(
    private readonly checks: HealthChecks,
    private readonly pipeline: PrivacyPipeline,
    @Inject(PRIVACY_OPTIONS) private readonly options: PrivacyOptions,
  ) {}

  onModuleInit(): void {
    const { kafkaBrokers, registryUrl, timeoutMs } = this.options.health;
    this.checks.register('kafka', new KafkaBrokerHealthIndicator({ brokers: kafkaBrokers, timeoutMs, clientId: `${this.options.city}-privacy-health` }));
    this.checks.register('schemaRegistry', new SchemaRegistryHealthIndicator({ url: registryUrl, timeoutMs }));
    this.checks.register('privacyPipeline', {
      check: async (key) => {
        const state = this.pipeline.state();
        return state === 'running' ? this.results.check(key).up({ state }) : this.results.check(key).down({ state });
      },
    });
  }
}
