import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { HealthIndicatorResult } from '@nestjs/terminus';
import { EVENT_SOURCING_DATA_SOURCE } from '@usm/event-sourcing';
import { HealthChecks, KafkaBrokerHealthIndicator, SchemaRegistryHealthIndicator } from '@usm/observability';
import { DataSource } from 'typeorm';
import { LabelsModuleOptions } from '../labels.options';
import { LABELS_OPTIONS } from '../labels.tokens';

/** Readiness of the labels service: Kafka, the registry and its database. */
@Injectable()
export class LabelsHealth implements OnModuleInit {
  private readonly results = new HealthIndicatorService();

  constructor(
    private readonly checks: HealthChecks,
    @Inject(EVENT_SOURCING_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LABELS_OPTIONS) private readonly options: LabelsModuleOptions,
  ) {}

  onModuleInit(): void {
    const timeoutMs = this.options.healthTimeoutMs ?? 2_000;
    const { brokers, clientId, security } = this.options.kafka;
    this.checks.register('kafka', new KafkaBrokerHealthIndicator({ brokers, timeoutMs, clientId: `${clientId}-health`, ...(security ? { security } : {}) }));
    this.checks.register('schemaRegistry', new SchemaRegistryHealthIndicator({ url: this.options.registryUrl, timeoutMs, credentials: this.options.registryCredentials }));
    this.checks.register('database', { check: (key) => this.ping(key, timeoutMs) });
  }

  private async ping(key: string, timeoutMs: number): Promise<HealthIndicatorResult> {
    const session = this.results.check(key);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref());
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : 'database unreachable' });
    }
  }
}
