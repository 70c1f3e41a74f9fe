import type { EventContract } from './event-contract';

/** Everything an event is checked against; the caller supplies `now`, so validation never reads a clock. */
export interface EventRules {
  readonly contract: EventContract;
  /** City id of this node: an event for another city is refused. */
  readonly city: string;
  /** The node's clock when the request arrived, epoch millis. */
  readonly now: number;
  /** How far in the future a source's clock may run ahead of the node's before its timestamps are refused. */
  readonly maxClockSkewMs: number;
  /** How long before `reportedAt` an event may have occurred (default: the shared rule set's 30 days). */
  readonly maxReportDelayMs?: number;
}

export interface BatchRules extends EventRules {
  readonly maxBatchSize: number;
}
