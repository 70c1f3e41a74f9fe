import type { Registry } from 'prom-client';
import { Counter, Gauge, Histogram } from 'prom-client';
import type { RuntimeState, TopicLag } from '../../application/ports';
import type { ReplicationOutcome } from '../../domain/replication-audit-entry';
import type { AgreementView } from '../../domain/agreement-view';
import type { ReplicationFlow } from '../../domain/replication-flow';

/** Replication flows, lag, MirrorMaker 2 state and reconciliation outcomes, on the service's registry. */
export class PrometheusFederationMetrics {
  private readonly topics: Gauge<'target'>;
  private readonly lagRecords: Gauge<'target' | 'topic'>;
  private readonly lagSeconds: Gauge<'target' | 'topic'>;
  private readonly endToEnd: Histogram<'target' | 'topic'>;
  private readonly mirrorMakerUp: Gauge;
  private readonly mirrorMakerRestarts: Counter;
  /** Restarts the runtime reported at the last update, so the counter only grows by the new ones. */
  private restartsCounted = 0;
  private readonly reconciliations: Counter<'outcome'>;
  private readonly agreements: Gauge<'status'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.topics = new Gauge({ name: 'usm_federation_replicated_topics', help: 'Topics replicated to each partner city.', labelNames: ['target'], registers });
    this.lagRecords = new Gauge({ name: 'usm_federation_replication_lag_records', help: 'Source end offsets minus remote end offsets, per partner and topic.', labelNames: ['target', 'topic'], registers });
    this.lagSeconds = new Gauge({ name: 'usm_federation_replication_lag_seconds', help: 'Source timestamp to arrival at the partner of the last record the probe saw.', labelNames: ['target', 'topic'], registers });
    this.endToEnd = new Histogram({
      name: 'usm_federation_replication_end_to_end_seconds',
      help: 'Source timestamp to arrival at the partner, per record seen by the probe.',
      labelNames: ['target', 'topic'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
      registers,
    });
    this.mirrorMakerUp = new Gauge({ name: 'usm_federation_mirror_maker_up', help: '1 while the MirrorMaker 2 process runs.', registers });
    this.mirrorMakerRestarts = new Counter({ name: 'usm_federation_mirror_maker_restarts_total', help: 'Restarts of MirrorMaker 2 since the service started.', registers });
    this.reconciliations = new Counter({ name: 'usm_federation_reconciliations_total', help: 'Reconciliations of replication with the agreements, by outcome.', labelNames: ['outcome'], registers });
    this.agreements = new Gauge({ name: 'usm_federation_agreements', help: 'Agreements known to the federation, by status.', labelNames: ['status'], registers });
  }

  countOutcome(outcome: ReplicationOutcome): void {
    this.reconciliations.inc({ outcome });
  }

  observeArrival(target: string, topic: string, lagMs: number): void {
    this.endToEnd.observe({ target, topic }, Math.max(0, lagMs) / 1000);
  }

  update(flows: readonly ReplicationFlow[], lags: readonly TopicLag[], runtime: RuntimeState, view: AgreementView): void {
    this.topics.reset();
    flows.forEach((flow) => this.topics.set({ target: flow.target }, flow.topics.length));
    this.lagRecords.reset();
    this.lagSeconds.reset();
    for (const lag of lags) {
      if (lag.records !== null) this.lagRecords.set({ target: lag.target, topic: lag.topic }, lag.records);
      if (lag.seconds !== null) this.lagSeconds.set({ target: lag.target, topic: lag.topic }, lag.seconds);
    }
    this.mirrorMakerUp.set(runtime.status === 'running' ? 1 : 0);
    this.countRestarts(runtime.restarts);
    this.agreements.reset();
    for (const agreement of Object.values(view)) this.agreements.inc({ status: agreement.status });
  }

  /** The runtime reports restarts since it started; a lower figure (a new runtime) starts the count again from it. */
  private countRestarts(restarts: number): void {
    if (restarts > this.restartsCounted) this.mirrorMakerRestarts.inc(restarts - this.restartsCounted);
    this.restartsCounted = restarts;
  }
}
