import { Inject, Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthChecks, KafkaBrokerHealthIndicator, SchemaRegistryHealthIndicator } from '@usm/observability';
import { DataSource } from 'typeorm';
import type { SafetyEventsOptions } from '../safety-events.options';
import { SAFETY_EVENTS_OPTIONS } from '../safety-events.tokens';
import { MqttIngestService } from './mqtt/mqtt-ingest.service';
import { SAFETY_EVENTS_DATA_SOURCE } from './postgres/safety-events-data-source';

/** Plugs what ingest depends on into `/health`: Kafka, the schema registry, the ledger's database and, when configured, the MQTT broker. */
@Injectable()
export class SafetyEventsHealth implements OnModuleInit {
  constructor(
    private readonly checks: HealthChecks,
    private readonly typeOrm: TypeOrmHealthIndicator,
    @InjectDataSource(SAFETY_EVENTS_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SAFETY_EVENTS_OPTIONS) private readonly options: SafetyEventsOptions,
    @Optional() private readonly mqtt?: MqttIngestService,
  ) {}

  onModuleInit(): void {
    const { kafkaBrokers, kafkaSecurity, registryUrl, registryCredentials, timeoutMs } = this.options.health;
    this.checks.register('kafka', new KafkaBrokerHealthIndicator({ brokers: kafkaBrokers, timeoutMs, clientId: `${this.options.city}-ingest-health`, ...(kafkaSecurity ? { security: kafkaSecurity } : {}) }));
    this.checks.register('schemaRegistry', new SchemaRegistryHealthIndicator({ url: registryUrl, timeoutMs, credentials: registryCredentials }));
    this.checks.register('database', { check: (key) => this.typeOrm.pingCheck(key, { connection: this.dataSource, timeout: timeoutMs }) });
    const { mqtt } = this;
    if (mqtt) this.checks.register('mqtt', { check: (key) => Promise.resolve({ [key]: mqtt.isConnected() ? { status: 'up' as const } : { status: 'down' as const, message: 'no session with the MQTT broker' } }) });
  }
}
