import { EntitySchema } from 'typeorm';
import type { TypeOrmProjection } from '../adapters/postgres/typeorm-projection';
import type { ProjectionEvent } from '../domain/projection';
import type { CounterRecord } from './counter-topic';

/** Read model of the spec counter: one row per counter. A counter at exactly 13 is deleted (to exercise deletes). */
export interface CounterTotal {
  counterId: string;
  total: number;
  events: number;
  lastVersion: number;
}

/** A counter whose total reaches this is deleted from the read model. */
export const deletedAtTotal = 13;

/** TypeORM mapping of `counter_totals`. */
export const counterTotalEntity = new EntitySchema<CounterTotal>({
  name: 'CounterTotal',
  tableName: 'counter_totals',
  columns: {
    counterId: { name: 'counter_id', type: 'text', primary: true },
    total: { type: 'integer' },
    events: { type: 'integer' },
    lastVersion: { name: 'last_version', type: 'integer' },
  },
});

/**
 * The counter projection over one topic. `cpuMicrosPerEvent` makes evolve deliberately slow (still
 * pure), so a kill during a crash test lands inside a database transaction.
 */
export function counterTotalsProjection(topic: string, name = 'counter-totals', cpuMicrosPerEvent = 0): TypeOrmProjection<CounterRecord, CounterTotal> {
  return {
    name,
    topics: [topic],
    entity: counterTotalEntity,
    keyOf: (event: ProjectionEvent<CounterRecord>) => ({ counterId: event.value.counterId }),
    evolve: (row, event) => {
      if (cpuMicrosPerEvent > 0) spin(cpuMicrosPerEvent);
      const current = row ?? { counterId: event.value.counterId, total: 0, events: 0, lastVersion: 0 };
      const next = { ...current, total: current.total + event.value.by, events: current.events + 1, lastVersion: event.value.version };
      return next.total === deletedAtTotal ? null : next;
    },
  };
}

function spin(micros: number): void {
  const until = performance.now() + micros / 1_000;
  while (performance.now() < until) {
    // Busy on purpose: the test needs time to pass inside the transaction.
  }
}
