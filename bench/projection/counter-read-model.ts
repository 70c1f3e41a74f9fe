import type { Schema } from 'avsc';
import { EntitySchema } from 'typeorm';
import type { ProjectionEvent, TypeOrmProjection } from '@usm/event-sourcing';

/** The benchmark's event: one increment of one of many counters. */
export interface BenchIncrement {
  readonly eventId: string;
  readonly counterId: string;
  readonly by: number;
  readonly version: number;
}

/** Inline Avro schema of the bench topic, registered under `<topic>-value`. */
export const benchIncrementSchema: Schema = {
  type: 'record',
  name: 'BenchIncremented',
  namespace: 'mesh.bench.projection',
  doc: 'Benchmark-only event; key = counter id.',
  fields: [
    { name: 'eventId', type: 'string' },
    { name: 'counterId', type: 'string' },
    { name: 'by', type: 'int' },
    { name: 'version', type: 'int' },
  ],
};

/** Read-model row: one per counter. */
export interface BenchCounter {
  counterId: string;
  total: number;
  events: number;
  lastVersion: number;
}

/** TypeORM mapping of `bench_counters`. */
export const benchCounterEntity = new EntitySchema<BenchCounter>({
  name: 'BenchCounter',
  tableName: 'bench_counters',
  columns: {
    counterId: { name: 'counter_id', type: 'text', primary: true },
    total: { type: 'integer' },
    events: { type: 'integer' },
    lastVersion: { name: 'last_version', type: 'integer' },
  },
});

/** DDL of the read model: the bench creates it like a migration would, not by synchronize. */
export const createBenchCountersTable = 'CREATE TABLE bench_counters (counter_id text PRIMARY KEY, total integer NOT NULL, events integer NOT NULL, last_version integer NOT NULL)';

/** Sums increments per counter; the projection the bench replays. */
export function benchCounterProjection(topic: string): TypeOrmProjection<BenchIncrement, BenchCounter> {
  return {
    name: 'bench-counters',
    topics: [topic],
    entity: benchCounterEntity,
    keyOf: (event: ProjectionEvent<BenchIncrement>) => ({ counterId: event.value.counterId }),
    evolve: (row, { value }) => {
      const current = row ?? { counterId: value.counterId, total: 0, events: 0, lastVersion: 0 };
      return { ...current, total: current.total + value.by, events: current.events + 1, lastVersion: value.version };
    },
  };
}
