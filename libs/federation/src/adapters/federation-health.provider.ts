import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthChecks, KafkaBrokerHealthIndicator, SchemaRegistryHealthIndicator } from '@usm/observability';
import { DataSource } from 'typeorm';
import type { ReplicationRuntime } from '../application/ports';
import type { FederationOptions } from '../federation.options';
import { FEDERATION_OPTIONS, REPLICATION_RUNTIME } from '../federation.tokens';
import { FEDERATION_DATA_SOURCE } from './postgres/federation-data-source';

/** Plugs what federation depends on into `/health`: Kafka, the registry, the audit database and MirrorMaker 2. */
@Injectable()
export class FederationHealth implements OnModuleInit {
  constructor(
    private readonly checks: HealthChecks,
    private readonly typeOrm: TypeOrmHealthIndicator,
    @InjectDataSource(FEDERATION_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(FEDERATION_OPTIONS) private readonly options: FederationOptions,
    @Inject(REPLICATION_RUNTIME) private readonly runtime: ReplicationRuntime,
  ) {}

  onModuleInit(): void {
    const { registryUrl, registryCredentials, timeoutMs, kafkaSecurity } = this.options.health;
    this.checks.register('kafka', new KafkaBrokerHealthIndicator({ brokers: this.options.localBootstrapServers, timeoutMs, clientId: `${this.options.city}-federation-health`, ...(kafkaSecurity ? { security: kafkaSecurity } : {}) }));
    this.checks.register('schemaRegistry', new SchemaRegistryHealthIndicator({ url: registryUrl, timeoutMs, credentials: registryCredentials }));
    this.checks.register('database', { check: (key) => this.typeOrm.pingCheck(key, { connection: this.dataSource, timeout: timeoutMs }) });
    // An exited MirrorMaker 2 means agreed flows are not running: the node is degraded until the next change restarts it.
    const results = new HealthIndicatorService();
    this.checks.register('mirrorMaker', {
      check: async (key) => {
        const state = this.runtime.state();
        const facts = { process: state.status, pid: state.pid, exitCode: state.exitCode };
        return state.status === 'exited' ? results.check(key).down(facts) : results.check(key).up(facts);
      },
    });
  }
}
