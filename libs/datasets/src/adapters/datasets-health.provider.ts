import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { HealthIndicatorResult } from '@nestjs/terminus';
import { EVENT_SOURCING_DATA_SOURCE } from '@usm/event-sourcing';
import { HealthChecks, KafkaBrokerHealthIndicator, SchemaRegistryHealthIndicator } from '@usm/observability';
import { DataSource } from 'typeorm';
import type { CompanyAgreements } from '../application/ports';
import { DatasetsModuleOptions } from '../datasets.options';
import { COMPANY_AGREEMENTS, DATASETS_OPTIONS, SUBJECT_INDEX_FEED } from '../datasets.tokens';
import { KafkaSubjectIndexFeed } from './kafka/subject-index.consumer';

/**
 * Readiness of the datasets service: Kafka, the registry, its database, and the agreements replayed; the subject
 * index's position and lag per partition are shown (up while it starts: downloads and builds do not need it).
 */
@Injectable()
export class DatasetsHealth implements OnModuleInit {
  private readonly results = new HealthIndicatorService();

  constructor(
    private readonly checks: HealthChecks,
    @Inject(EVENT_SOURCING_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(DATASETS_OPTIONS) private readonly options: DatasetsModuleOptions,
    @Inject(COMPANY_AGREEMENTS) private readonly agreements: CompanyAgreements,
    @Inject(SUBJECT_INDEX_FEED) private readonly subjectIndex: KafkaSubjectIndexFeed,
  ) {}

  onModuleInit(): void {
    const timeoutMs = this.options.healthTimeoutMs ?? 2_000;
    const { brokers, clientId, security } = this.options.kafka;
    this.checks.register('kafka', new KafkaBrokerHealthIndicator({ brokers, timeoutMs, clientId: `${clientId}-health`, ...(security ? { security } : {}) }));
    this.checks.register('schemaRegistry', new SchemaRegistryHealthIndicator({ url: this.options.registryUrl, timeoutMs, credentials: this.options.registryCredentials }));
    this.checks.register('database', { check: (key) => this.ping(key, timeoutMs) });
    this.checks.register('companyAgreements', { check: async (key) => (this.agreements.caughtUp ? this.results.check(key).up() : this.results.check(key).down({ message: 'agreements.v1 still replaying' })) });
    this.checks.register('subjectIndex', { check: async (key) => this.results.check(key).up({ ...this.subjectIndex.status() }) });
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
