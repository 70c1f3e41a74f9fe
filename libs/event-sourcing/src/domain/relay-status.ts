/**
 * Where an outbox relay stands: `leading` holds leadership and a transactional producer, `standby` waits
 * for another replica's leadership to end, `fenced` was fenced by another producer and backs off before it
 * re-opens, `recovering` backs off after any other failure; `disabled` has nothing to publish.
 */
export type RelayStatus = 'starting' | 'leading' | 'standby' | 'fenced' | 'recovering' | 'stopped' | 'disabled';

/** Every status, for metrics that export one series per status. */
export const relayStatuses: readonly RelayStatus[] = ['starting', 'leading', 'standby', 'fenced', 'recovering', 'stopped', 'disabled'];

/** What `/health` shows of a relay: its status, its backlog, and the failure that put it there (a code, never data). */
export interface RelayReport {
  readonly relayId: string;
  readonly status: RelayStatus;
  readonly consecutiveFailures: number;
  readonly lastFailure: string | null;
  /** Outbox rows of this relay's topics not yet published, and how long the oldest has waited (null: none). */
  readonly backlogRows: number;
  readonly oldestPendingMs: number | null;
}

/** Why a relay is not ready. */
export type RelayProblem = 'backlog-stale' | 'relay-stopped';

/**
 * A relay is ready unless it stopped, or the oldest unpublished row waited longer than `maxPendingMs`:
 * then no replica is publishing (the leader keeps failing, or every replica is in standby or fenced), and
 * every projection fed by the topic silently falls behind.
 */
export function relayProblemOf(report: RelayReport, maxPendingMs: number): RelayProblem | null {
  if (report.status === 'stopped') return 'relay-stopped';
  if (report.oldestPendingMs !== null && report.oldestPendingMs > maxPendingMs) return 'backlog-stale';
  return null;
}

/** Pause before the next attempt after `failures` failures in a row: doubling from `baseMs`, capped at `maxMs`. */
export function relayBackoffMs(failures: number, baseMs: number, maxMs: number): number {
  if (failures <= 0) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(failures - 1, 30));
}
