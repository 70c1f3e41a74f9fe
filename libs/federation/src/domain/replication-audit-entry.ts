import type { ReplicationFlow } from './replication-flow';

/** How a reconciliation ended: applied to MirrorMaker 2, nothing to do, refused by policy, or failed to apply. */
export type ReplicationOutcome = 'applied' | 'unchanged' | 'refused' | 'failed';

/** One audited reconciliation: why it ran, the flows before and after, and what became of it. */
export interface ReplicationAuditEntry {
  /** The agreement whose event triggered it; null for the reconciliation at startup. */
  readonly agreementId: string | null;
  /** The `agreements.v1` event type, or `startup`. */
  readonly trigger: string;
  readonly previousFlows: readonly ReplicationFlow[];
  /** The flows that run afterwards (the previous ones when refused or failed). */
  readonly newFlows: readonly ReplicationFlow[];
  /** The plan that was asked for; differs from newFlows only when refused or failed. */
  readonly requestedFlows: readonly ReplicationFlow[] | null;
  readonly outcome: ReplicationOutcome;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
  readonly decidedAt: number;
}
