import type { ProjectionStore, ProjectionTransaction } from '../../application/ports';
import { partitionKey, rowKeyText } from '../../domain/row-key';

/**
 * A projection's rows and offsets in memory, for unit tests. A transaction works on copies and
 * publishes them only when the work resolves, like a rolled-back database transaction on failure.
 */
export class InMemoryProjectionStore<Row extends object> implements ProjectionStore<Row> {
  private rows = new Map<string, Row>();
  private offsets = new Map<string, bigint>();
  private queue: Promise<unknown> = Promise.resolve();

  /** @param keyNames the primary-key properties of a row */
  constructor(private readonly keyNames: readonly (keyof Row & string)[]) {}

  inTransaction<T>(work: (transaction: ProjectionTransaction<Row>) => Promise<T>): Promise<T> {
    // Transactions run one at a time, as the row lock on the offset makes them in PostgreSQL.
    const run = this.queue.then(() => this.run(work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async readOffsets(): Promise<ReadonlyMap<string, bigint>> {
    return new Map(this.offsets);
  }

  async reset(): Promise<void> {
    const run = this.queue.then(() => {
      this.rows = new Map();
      this.offsets = new Map();
    });
    this.queue = run;
    await run;
  }

  /** Every row, ordered by key, for assertions. */
  allRows(): Row[] {
    return [...this.rows.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => structuredClone(row));
  }

  private async run<T>(work: (transaction: ProjectionTransaction<Row>) => Promise<T>): Promise<T> {
    const rows = new Map(this.rows);
    const offsets = new Map(this.offsets);
    const textOf = (key: Partial<Row>): string => rowKeyText(this.keyOf(key));
    const result = await work({
      lockOffset: async (topic, partition) => {
        const key = partitionKey(topic, partition);
        if (!offsets.has(key)) offsets.set(key, -1n);
        return offsets.get(key) ?? -1n;
      },
      storeOffset: async (topic, partition, lastOffset) => void offsets.set(partitionKey(topic, partition), lastOffset),
      loadRows: async (keys) => keys.flatMap((key) => rows.get(textOf(key)) ?? []).map((row) => structuredClone(row)),
      saveRows: async (saved) => saved.forEach((row) => rows.set(textOf(row), structuredClone(row))),
      deleteRows: async (keys) => keys.forEach((key) => rows.delete(textOf(key))),
    });
    this.rows = rows;
    this.offsets = offsets;
    return result;
  }

  private keyOf(row: Partial<Row>): Partial<Row> {
    return Object.fromEntries(this.keyNames.map((name) => [name, row[name]])) as Partial<Row>;
  }
}
