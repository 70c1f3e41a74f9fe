import type { ProjectionEvent, RecordedEvent, StreamRoute } from '@usm/event-sourcing';
import { agreementsCurrentProjection, consentCurrentProjection, consentHistoryProjection } from '../adapters/kafka/ledger-projections';
import { agreementsRoute, consentRecordsRoute } from '../adapters/kafka/ledger-stream-routes';
import type { AgreementRow } from '../domain/agreement/agreements-current.projection';
import type { ConsentCurrentRow } from '../domain/consent/consent-current.projection';
import type { ConsentHistoryRow } from '../domain/consent/consent-history.projection';

/** Every read-model row the ledger's projections make of a log of stored events. */
export interface LedgerRows {
  readonly consentCurrent: readonly ConsentCurrentRow[];
  readonly consentHistory: readonly ConsentHistoryRow[];
  readonly agreements: readonly AgreementRow[];
}

interface RowProjection<V, Row> {
  keyOf(event: ProjectionEvent<V>): Partial<Row>;
  evolve(row: Row | null, event: ProjectionEvent<V>): Row | null;
}

/**
 * Projects a log as the outbox relay and projection runner would: each stored event becomes its topic
 * envelope through the stream route, then goes through the projection.
 */
export function projectLedger(log: readonly RecordedEvent[]): LedgerRows {
  return {
    consentCurrent: project(log, consentRecordsRoute(), consentCurrentProjection()),
    consentHistory: project(log, consentRecordsRoute(), consentHistoryProjection()),
    agreements: project(log, agreementsRoute(), agreementsCurrentProjection()),
  };
}

function project<V, Row extends object>(log: readonly RecordedEvent[], route: StreamRoute<never>, projection: RowProjection<V, Row>): Row[] {
  const rows = new Map<string, Row>();
  const events = log.filter((event) => event.streamId.startsWith(`${route.category}-`));
  for (const [index, recorded] of events.entries()) {
    const value = route.toValue(recorded as RecordedEvent<never>) as V;
    const event: ProjectionEvent<V> = { topic: route.topic, partition: 0, offset: String(index), timestamp: '0', key: null, headers: {}, value };
    const key = JSON.stringify(projection.keyOf(event));
    const next = projection.evolve(rows.get(key) ?? null, event);
    if (next === null) rows.delete(key);
    else rows.set(key, next);
  }
  return [...rows.values()];
}
