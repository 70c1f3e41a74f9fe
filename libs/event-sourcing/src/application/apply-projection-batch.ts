import type { Projection, ProjectionEvent } from '../domain/projection';
import { rowKeyText } from '../domain/row-key';
import type { ProjectionOutcome, ProjectionTransaction } from './ports';

/** Consecutive records of ONE topic partition, in offset order. */
export interface ProjectionBatch<V> {
  readonly topic: string;
  readonly partition: number;
  readonly records: readonly ProjectionEvent<V>[];
  /** Offset the batch covers up to, when its last records were not projected (dead-lettered); else the last record's. */
  readonly throughOffset?: string;
}

/**
 * Applies a batch inside the caller's transaction: records at or below the stored offset are `ignored`
 * (already applied), the others are folded into their rows, and the batch's last offset is stored
 * with the changed rows, so the change and the offset commit together.
 */
export async function applyProjectionBatch<V, Row extends object>(
  projection: Projection<V, Row>,
  transaction: ProjectionTransaction<Row>,
  batch: ProjectionBatch<V>,
): Promise<ProjectionOutcome[]> {
  const through = batch.throughOffset ?? batch.records.at(-1)?.offset;
  if (through === undefined) return [];
  const applied = await transaction.lockOffset(batch.topic, batch.partition);
  const fresh = batch.records.filter((record) => BigInt(record.offset) > applied);
  if (fresh.length > 0) await applyFresh(projection, transaction, fresh);
  if (BigInt(through) > applied) await transaction.storeOffset(batch.topic, batch.partition, BigInt(through));
  return batch.records.map((record) => (BigInt(record.offset) > applied ? 'applied' : 'ignored'));
}

async function applyFresh<V, Row extends object>(projection: Projection<V, Row>, transaction: ProjectionTransaction<Row>, records: readonly ProjectionEvent<V>[]): Promise<void> {
  const keys = new Map(records.map((record) => [rowKeyText(projection.keyOf(record)), projection.keyOf(record)] as const));
  const existing = await transaction.loadRows([...keys.values()]);
  const rows = new Map<string, Row | null>(existing.map((row) => [rowKeyText(pick(row, keys.values().next().value ?? {})), row]));
  for (const record of records) {
    const key = rowKeyText(projection.keyOf(record));
    rows.set(key, projection.evolve(rows.get(key) ?? null, record));
  }
  const saved = [...rows.values()].filter((row): row is Row => row !== null);
  const deleted = [...rows.entries()].filter(([, row]) => row === null).map(([key]) => keys.get(key) ?? {});
  if (deleted.length > 0) await transaction.deleteRows(deleted);
  if (saved.length > 0) await transaction.saveRows(saved);
}

/** The primary-key part of a row, taking the key's property names from a sample key. */
function pick<Row extends object>(row: Row, sampleKey: Partial<Row>): Partial<Row> {
  return Object.fromEntries(Object.keys(sampleKey).map((name) => [name, (row as Record<string, unknown>)[name]])) as Partial<Row>;
}
