import type { AclBinding } from '@usm/messaging';
import type { ReplicationFlow } from './replication-flow';

/** How a reconciliation ended: changes applied, nothing to do, the triggering agreement refused by policy, or an apply failed. */
export type ReplicationOutcome = 'applied' | 'unchanged' | 'refused' | 'failed';

/** One audited reconciliation: who or what triggered it, the flows and partner rules before and after, and what became of it. */
export interface ReplicationAuditEntry {
  /** The agreement whose event (or `validUntil`) triggered it; null at startup and for retries. */
  readonly agreementId: string | null;
  /** The `agreements.v1` event type, `startup`, `validUntil` (an agreement's period ended) or `retry`. */
  readonly trigger: string;
  /** Flows in force before; empty when unknown (after a failed stop). */
  readonly previousFlows: readonly ReplicationFlow[];
  /** The flows in force afterwards: the wanted ones when applied, what really runs when an apply failed. */
  readonly newFlows: readonly ReplicationFlow[];
  /** The plan that was asked for; differs from newFlows only when an apply failed. */
  readonly requestedFlows: readonly ReplicationFlow[] | null;
  /** Partner rules this reconciliation created on the broker. */
  readonly aclsGranted: readonly AclBinding[];
  /** Partner rules this reconciliation deleted from the broker. */
  readonly aclsRevoked: readonly AclBinding[];
  /** Agreements in force that were refused (and so have no flow and no rule), with the rule they broke. */
  readonly refusedAgreements: readonly { readonly agreementId: string; readonly code: string }[];
  readonly outcome: ReplicationOutcome;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
  readonly decidedAt: number;
}
