import { Controller, Get, Inject } from '@nestjs/common';
import type { FederationStatus } from '../../application/federation-status';
import { federationStatusOf } from '../../application/federation-status';
import type { ReplicationLagMonitor, ReplicationRuntime } from '../../application/ports';
import { ReplicationReconciler } from '../../application/replication-reconciler';
import type { FederationOptions } from '../../federation.options';
import { FEDERATION_OPTIONS, REPLICATION_LAG_MONITOR, REPLICATION_RUNTIME } from '../../federation.tokens';
import { RequiresRole } from '@usm/security';

/** `GET /federation/status`: flows, topics per flow, lag per topic, agreements, MirrorMaker 2 state, last error. */
@Controller('federation')
export class FederationStatusController {
  constructor(
    @Inject(FEDERATION_OPTIONS) private readonly options: FederationOptions,
    private readonly reconciler: ReplicationReconciler,
    @Inject(REPLICATION_RUNTIME) private readonly runtime: ReplicationRuntime,
    @Inject(REPLICATION_LAG_MONITOR) private readonly lag: ReplicationLagMonitor,
  ) {}

  @Get('status')
  @RequiresRole('federation:read')
  async status(): Promise<FederationStatus> {
    return (await federationStatusOf(this.options.city, this.options.topicPrefix, this.reconciler, this.runtime, this.lag)).status;
  }
}
