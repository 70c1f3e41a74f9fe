import { buildReplicationPlan } from './build-replication-plan';
import { ReplicationRefusedError } from './federation-errors';
import type { ReplicableTopic, ReplicationFlow, SharingAgreement } from './replication-flow';

/** What the reconciler must do after the agreements changed. */
export type ReplicationDecision =
  | { readonly kind: 'unchanged'; readonly flows: readonly ReplicationFlow[] }
  | { readonly kind: 'changed'; readonly previous: readonly ReplicationFlow[]; readonly flows: readonly ReplicationFlow[] }
  | { readonly kind: 'refused'; readonly previous: readonly ReplicationFlow[]; readonly error: ReplicationRefusedError };

export interface ReplicationInputs {
  readonly localCity: string;
  readonly agreements: readonly SharingAgreement[];
  readonly lookup: (name: string) => ReplicableTopic | undefined;
  /** The flows MirrorMaker 2 runs now. */
  readonly applied: readonly ReplicationFlow[];
}

/** Two plans are the same when they carry the same topics between the same cities (plans are sorted). */
export function sameFlows(a: readonly ReplicationFlow[], b: readonly ReplicationFlow[]): boolean {
  const key = (flows: readonly ReplicationFlow[]) => JSON.stringify(flows.map((f) => [f.source, f.target, [...f.topics].sort()]));
  return key(a) === key(b);
}

/**
 * Recomputes the plan and says whether MirrorMaker 2 must be reconfigured. A refused plan changes
 * nothing: the previous configuration stays, so one bad agreement never stops lawful flows.
 */
export function decideReplication(inputs: ReplicationInputs): ReplicationDecision {
  let flows: readonly ReplicationFlow[];
  try {
    flows = buildReplicationPlan(inputs.localCity, inputs.agreements, inputs.lookup);
  } catch (error) {
    if (error instanceof ReplicationRefusedError) return { kind: 'refused', previous: inputs.applied, error };
    throw error;
  }
  return sameFlows(flows, inputs.applied) ? { kind: 'unchanged', flows } : { kind: 'changed', previous: inputs.applied, flows };
}
