import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EVENT_SOURCING_DATA_SOURCE } from '@usm/event-sourcing';
import { HealthChecks, KafkaBrokerHealthIndicator, SchemaRegistryHealthIndicator } from '@usm/observability';
import { DataSource } from 'typeorm';
import type { ReleaseCatalog, ResultFeed } from '../application/ports';
import type { ValidationServiceOptions } from '../validation-service.options';
import { RELEASE_CATALOG, RESULT_FEED, VALIDATION_OPTIONS } from '../validation-service.tokens';

/** Readiness: Kafka, the registry, the database, and both replays (releases, results) caught up. */
@Injectable()
export class ValidationHealth implements OnModuleInit {
  private readonly results = new HealthIndicatorService();

  constructor(
    private readonly checks: HealthChecks,
    @Inject(EVENT_SOURCING_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(VALIDATION_OPTIONS) private readonly options: ValidationServiceOptions,
    @Inject(RELEASE_CATALOG) private readonly releases: ReleaseCatalog,
    @Inject(RESULT_FEED) private readonly feed: ResultFeed,
  ) {}

  onModuleInit(): void {
    const timeoutMs = this.options.healthTimeoutMs ?? 2_000;
    const { brokers, clientId, security } = this.options.kafka;
    this.checks.register('kafka', new KafkaBrokerHealthIndicator({ brokers, timeoutMs, clientId: `${clientId}-health`, ...(security ? { security } : {}) }));
    this.checks.register('schemaRegistry', new SchemaRegistryHealthIndicator({ url: this.options.registryUrl, timeoutMs, credentials: this.options.registryCredentials }));
    this.checks.register('database', { check: async (key) => {
      try {
        await this.dataSource.query('SELECT 1');
        return this.results.check(key).up();
      } catch {
        return this.results.check(key).down({ message: 'database unreachable' });
      }
    } });
    this.checks.register('releases', { check: async (key) => (this.releases.caughtUp ? this.results.check(key).up() : this.results.check(key).down({ message: 'dataset.releases.v1 still replaying' })) });
    this.checks.register('results', { check: async (key) => (this.feed.caughtUp ? this.results.check(key).up() : this.results.check(key).down({ message: 'validation.results.v1 still replaying' })) });
  }
}
