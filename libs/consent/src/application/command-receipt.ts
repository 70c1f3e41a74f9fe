import type { CommandResult } from '@usm/event-sourcing';

/** Who sends a command, under which id, and which stream version they saw. */
export interface CommandContext {
  /** Idempotency key; a new id is drawn when absent (then a retry is a new command). */
  readonly commandId?: string;
  /** Version the caller read; the command is refused with a conflict if the stream moved on. */
  readonly expectedVersion?: number;
  /** Pseudonymous id of the officer or system acting. */
  readonly actor: string;
}

/** What a command did, as the HTTP API answers it. */
export interface CommandReceipt {
  readonly aggregateId: string;
  readonly commandId: string;
  /** `unchanged`: the command decided nothing (an identical grant); `duplicate`: the command id was seen before. */
  readonly outcome: CommandResult['status'];
  /** Stream version after the command: the next `expectedVersion`. */
  readonly version: number;
  readonly events: readonly string[];
}

export function receiptOf(aggregateId: string, commandId: string, result: CommandResult): CommandReceipt {
  return { aggregateId, commandId, outcome: result.status, version: result.nextVersion, events: result.events.map((event) => event.type) };
}
