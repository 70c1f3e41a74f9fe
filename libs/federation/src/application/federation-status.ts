import type { TrackedAgreement } from '../domain/agreement-view';
import { agreementsOf } from '../domain/agreement-view';
import { remoteTopicOf } from '../domain/topic-names';
import type { ReplicationLagMonitor, ReplicationRuntime, RuntimeState, TopicLag } from './ports';
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
  readonly flows: readonly { readonly source: string; readonly target: string; readonly topics: readonly TopicStatus[] }[];
  readonly agreements: readonly TrackedAgreement[];
  readonly mirrorMaker: RuntimeState;
  readonly lastError: LastError | null;
}

/** Flows, per-topic lag, agreements, MirrorMaker 2 state and the last error, in one read. */
export async function federationStatusOf(city: string, topicPrefix: string, reconciler: ReplicationReconciler, runtime: ReplicationRuntime, lagMonitor: ReplicationLagMonitor): Promise<{ status: FederationStatus; lags: readonly TopicLag[] }> {
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
  const status = { city, caughtUp: reconciler.isCaughtUp, flows, agreements: agreementsOf(reconciler.agreements), mirrorMaker: runtime.state(), lastError: reconciler.lastError };
  return { status, lags };
}
