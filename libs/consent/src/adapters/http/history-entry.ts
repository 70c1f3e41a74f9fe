import type { ConsentHistoryRow } from '../../domain/consent/consent-history.projection';

/** One consent event as the history endpoint lists it. */
export interface HistoryEntry {
  readonly purpose: string;
  readonly version: number;
  readonly type: string;
  readonly effectiveAt: Date;
  readonly occurredAt: Date;
  readonly data: unknown;
}

export function historyEntryOf(row: ConsentHistoryRow): HistoryEntry {
  const { purpose, version, eventType, effectiveAt, occurredAt, event } = row;
  return { purpose, version, type: eventType, effectiveAt, occurredAt, data: event.data };
}
