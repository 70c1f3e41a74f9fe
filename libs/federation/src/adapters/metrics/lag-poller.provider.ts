import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { federationStatusOf } from '../../application/federation-status';
import type { Clock, ReplicationLagMonitor, ReplicationRuntime } from '../../application/ports';
import { ReplicationReconciler } from '../../application/replication-reconciler';
import type { FederationOptions } from '../../federation.options';
import { FEDERATION_CLOCK, FEDERATION_OPTIONS, REPLICATION_LAG_MONITOR, REPLICATION_RUNTIME } from '../../federation.tokens';
import { PrometheusFederationMetrics } from './prometheus-federation-metrics';

/** Refreshes the federation gauges every `lagIntervalMs`, so a scrape never waits on two clusters. */
@Injectable()
export class LagPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(
    @Inject(FEDERATION_OPTIONS) private readonly options: FederationOptions,
    private readonly reconciler: ReplicationReconciler,
    @Inject(REPLICATION_RUNTIME) private readonly runtime: ReplicationRuntime,
    @Inject(REPLICATION_LAG_MONITOR) private readonly lag: ReplicationLagMonitor,
    @Inject(FEDERATION_CLOCK) private readonly clock: Clock,
    private readonly metrics: PrometheusFederationMetrics,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.poll(), this.options.lagIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.lag.close();
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const { lags } = await federationStatusOf(this.options.city, this.options.topicPrefix, this.reconciler, this.runtime, this.lag, this.clock);
      this.metrics.update(this.reconciler.appliedFlows, lags, this.runtime.state(), this.reconciler.agreements);
    } catch {
      // Gauges keep their last values; the next tick tries again, and /federation/status reports what it can.
    } finally {
      this.polling = false;
    }
  }
}
