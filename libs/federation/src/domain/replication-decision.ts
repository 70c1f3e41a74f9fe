import type { AclBinding } from '@usm/messaging';
import { agreementsInForceAt, nextExpiryOf } from './agreements-in-force';
import { buildReplicationPlan } from './build-replication-plan';
import { ReplicationRefusedError } from './federation-errors';
import { withFollowingTopics } from './following-topics';
import { partnerAclsOf } from './partner-acls';
import type { ReplicableTopic, ReplicationFlow, SharingAgreement } from './replication-flow';

/** An agreement in force the federation will not act on, and why (a topic that may not leave the city, …). */
export interface RefusedAgreement {
  readonly agreementId: string;
  readonly error: ReplicationRefusedError;
}

/** What the agreements ask for at one moment: flows for MirrorMaker 2, broker rules for partners, and what was refused. */
export interface WantedReplication {
  /** Flows with catalog topic names. */
  readonly flows: readonly ReplicationFlow[];
  /** Partner rules with cluster topic names (under the topic prefix). */
  readonly acls: readonly AclBinding[];
  readonly refused: readonly RefusedAgreement[];
  /** When the next agreement in force reaches its `validUntil`; the wanted state changes then without any event. */
  readonly nextExpiry: { readonly at: number; readonly agreementId: string } | null;
}

export interface ReplicationInputs {
  readonly localCity: string;
  readonly agreements: readonly SharingAgreement[];
  readonly lookup: (name: string) => ReplicableTopic | undefined;
  readonly now: number;
  /** Prefix of every catalog topic on the cluster; empty in production. */
  readonly topicPrefix?: string;
}

/** Two plans are the same when they carry the same topics between the same cities (plans are sorted). */
export function sameFlows(a: readonly ReplicationFlow[], b: readonly ReplicationFlow[]): boolean {
  const key = (flows: readonly ReplicationFlow[]) => JSON.stringify(flows.map((f) => [f.source, f.target, [...f.topics].sort()]));
  return key(a) === key(b);
}

/**
 * The replication the agreements in force at `now` ask for. Each agreement is judged on its own: one that
 * covers a topic that may not leave the city is refused alone (no flow, no broker rule for it), and every
 * other agreement still counts, so one bad agreement neither freezes the plan nor keeps an ended one alive.
 * Topics that follow an agreed topic (catalog `followsTopic`) go wherever it goes, with the same partner rules.
 */
export function wantedReplication(inputs: ReplicationInputs): WantedReplication {
  const inForce = agreementsInForceAt(inputs.agreements, inputs.now).map((agreement) => withFollowingTopics(agreement, inputs.lookup));
  const accepted: SharingAgreement[] = [];
  const refused: RefusedAgreement[] = [];
  for (const agreement of inForce) {
    try {
      buildReplicationPlan(inputs.localCity, [agreement], inputs.lookup);
      accepted.push(agreement);
    } catch (error) {
      if (!(error instanceof ReplicationRefusedError)) throw error;
      refused.push({ agreementId: agreement.agreementId, error });
    }
  }
  return {
    flows: buildReplicationPlan(inputs.localCity, accepted, inputs.lookup),
    acls: partnerAclsOf(accepted, inputs.localCity, inputs.topicPrefix ?? ''),
    refused,
    nextExpiry: nextExpiryOf(inForce, inputs.now),
  };
}
