import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { HealthIndicatorResult } from '@nestjs/terminus';
import { EVENT_SOURCING_DATA_SOURCE, OUTBOX_RELAY } from '@usm/event-sourcing';
import type { OutboxRelay } from '@usm/event-sourcing';
import { HealthChecks, KafkaBrokerHealthIndicator, SchemaRegistryHealthIndicator } from '@usm/observability';
import { DataSource } from 'typeorm';
import { ConsentModuleOptions } from '../consent.options';
import { CONSENT_OPTIONS } from '../consent.tokens';
import { OutboxRelayIndicator } from './outbox-relay.indicator';

const defaultTimeoutMs = 2_000;
const defaultRelayMaxPendingMs = 30_000;

/** Plugs what the ledger depends on into `/health` (readiness): Kafka, the schema registry, its database and its outbox relay. */
@Injectable()
export class LedgerHealth implements OnModuleInit {
  private readonly results = new HealthIndicatorService();

  constructor(
    private readonly checks: HealthChecks,
    @Inject(EVENT_SOURCING_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CONSENT_OPTIONS) private readonly options: ConsentModuleOptions,
    @Inject(OUTBOX_RELAY) private readonly relay: OutboxRelay,
  ) {}

  onModuleInit(): void {
    const timeoutMs = this.options.healthTimeoutMs ?? defaultTimeoutMs;
    const { brokers, clientId, security } = this.options.kafka;
    this.checks.register('kafka', new KafkaBrokerHealthIndicator({ brokers, timeoutMs, clientId: `${clientId}-health`, ...(security ? { security } : {}) }));
    this.checks.register('schemaRegistry', new SchemaRegistryHealthIndicator({ url: this.options.registryUrl, timeoutMs, credentials: this.options.registryCredentials }));
    this.checks.register('database', { check: (key) => this.pingDatabase(key, timeoutMs) });
    this.checks.register('outboxRelay', new OutboxRelayIndicator(this.relay, this.options.relayMaxPendingMs ?? defaultRelayMaxPendingMs));
  }

  private async pingDatabase(key: string, timeoutMs: number): Promise<HealthIndicatorResult> {
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
