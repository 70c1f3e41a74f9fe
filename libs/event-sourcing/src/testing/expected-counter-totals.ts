import type { DataSource } from 'typeorm';
import type { ProjectionEvent } from '../domain/projection';
import type { CounterRecord } from './counter-topic';
import type { CounterTotal } from './counter-totals.projection';
import { counterTotalsProjection } from './counter-totals.projection';

/** The counter read model as it must be: the pure projection folded over the event store's events. */
export async function expectedCounterTotals(dataSource: DataSource): Promise<CounterTotal[]> {
  const events = (await dataSource.query('SELECT event_id, version, data FROM events ORDER BY stream_id, version')) as {
    event_id: string;
    version: number;
    data: { counterId: string; by: number };
  }[];
  const projection = counterTotalsProjection('expected');
  const rows = new Map<string, CounterTotal | null>();
  for (const event of events) {
    const value: CounterRecord = { eventId: event.event_id, counterId: event.data.counterId, by: event.data.by, version: event.version };
    const record: ProjectionEvent<CounterRecord> = { topic: 'expected', partition: 0, offset: '0', timestamp: '0', key: null, headers: {}, value };
    rows.set(value.counterId, projection.evolve(rows.get(value.counterId) ?? null, record));
  }
  return sortCounterTotals([...rows.values()].filter((row): row is CounterTotal => row !== null));
}

/** Rows in counter order, for comparisons. */
export function sortCounterTotals(rows: readonly CounterTotal[]): CounterTotal[] {
  return [...rows].sort((a, b) => (a.counterId < b.counterId ? -1 : a.counterId > b.counterId ? 1 : 0));
}
