import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { openEventSourcingDataSource } from '@usm/event-sourcing';
import { benchCounterEntity, createBenchCountersTable } from './counter-read-model';

/** A fresh PostgreSQL schema with the event-sourcing tables (migrations) and the bench read model. */
export class BenchDatabase {
  private opened: DataSource | undefined;

  constructor(
    private readonly url: string,
    readonly schema: string,
  ) {}

  get dataSource(): DataSource {
    if (!this.opened) throw new Error('open() the bench database first');
    return this.opened;
  }

  async open(): Promise<this> {
    await this.admin(`CREATE SCHEMA ${this.schema}`);
    this.opened = await openEventSourcingDataSource({ url: this.url, schema: this.schema, entities: [benchCounterEntity], poolSize: 4 });
    await this.opened.query(createBenchCountersTable);
    return this;
  }

  /** Records the projection has applied so far (stored offsets + 1, summed over partitions). */
  async appliedCount(projection: string): Promise<number> {
    const [row] = (await this.dataSource.query('SELECT coalesce(sum(last_offset + 1), 0)::int AS n FROM projection_offsets WHERE projection = $1', [projection])) as [{ n: number }];
    return row.n;
  }

  async close(): Promise<void> {
    if (this.opened?.isInitialized) await this.opened.destroy();
    await this.admin(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
  }

  private async admin(sql: string): Promise<void> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}
