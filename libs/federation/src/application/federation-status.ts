import type { AclBinding } from '@usm/messaging';
import type { TrackedAgreement } from '../domain/agreement-view';
import { agreementsOf } from '../domain/agreement-view';
import { isInForce } from '../domain/agreements-in-force';
import { remoteTopicOf } from '../domain/topic-names';
import type { Clock, ReplicationLagMonitor, ReplicationRuntime, RuntimeState, TopicLag } from './ports';
import type { LastError, ReplicationReconciler } from './replication-reconciler';

/** One replicated topic as `/federation/status` shows it. */
export interface TopicStatus {
  readonly topic: string;
  readonly clusterTopic: string;
  readonly remoteTopic: string;
  readonly lag: { readonly records: number | null; readonly seconds: number | null; readonly lastArrivalAt: number | null };
}

export interface FederationStatus {
  readonly city: string;
  readonly caughtUp: boolean;
  /** The flows MirrorMaker 2 runs now (in force). */
  readonly flows: readonly { readonly source: string; readonly target: string; readonly topics: readonly TopicStatus[] }[];
  /** Each agreement with whether it counts now (active and before its `validUntil`). */
  readonly agreements: readonly (TrackedAgreement & { readonly inForce: boolean })[];
  /** Partner rules on the broker as last applied; null when unknown (an apply failed) or not managed (insecure local stack). */
  readonly partnerAcls: readonly AclBinding[] | null;
  /** What the agreements ask for; differs from what is in force only while an apply is being retried. */
  readonly wanted: { readonly flows: readonly { readonly source: string; readonly target: string; readonly topics: readonly string[] }[]; readonly partnerAcls: readonly AclBinding[] };
  /** Agreements in force that are refused (no flow, no rule), with the rule they broke. */
  readonly refused: readonly { readonly agreementId: string; readonly code: string; readonly message: string }[];
  readonly converged: boolean;
  readonly mirrorMaker: RuntimeState;
  readonly lastError: LastError | null;
}

/** Flows, per-topic lag, agreements, partner rules, MirrorMaker 2 state and the last error, in one read. */
export async function federationStatusOf(city: string, topicPrefix: string, reconciler: ReplicationReconciler, runtime: ReplicationRuntime, lagMonitor: ReplicationLagMonitor, clock: Clock): Promise<{ status: FederationStatus; lags: readonly TopicLag[] }> {
  const lags = await lagMonitor.lags();
  const flows = reconciler.appliedFlows.map((flow) => ({
    source: flow.source,
    target: flow.target,
    topics: flow.topics.map((topic): TopicStatus => {
      const clusterTopic = `${topicPrefix}${topic}`;
      const lag = lags.find((l) => l.target === flow.target && l.topic === clusterTopic);
      return { topic, clusterTopic, remoteTopic: remoteTopicOf(flow.source, clusterTopic), lag: { records: lag?.records ?? null, seconds: lag?.seconds ?? null, lastArrivalAt: lag?.lastArrivalAt ?? null } };
    }),
  }));
  const now = clock.now();
  const { wanted, inForce } = reconciler;
  const status: FederationStatus = {
    city,
    caughtUp: reconciler.isCaughtUp,
    flows,
    agreements: agreementsOf(reconciler.agreements).map((agreement) => ({ ...agreement, inForce: isInForce(agreement, now) })),
    partnerAcls: inForce.acls,
    wanted: { flows: wanted.flows, partnerAcls: wanted.acls },
    refused: wanted.refused.map((r) => ({ agreementId: r.agreementId, code: r.error.code, message: r.error.message })),
    converged: reconciler.converged,
    mirrorMaker: runtime.state(),
    lastError: reconciler.lastError,
  };
  return { status, lags };
}
