import type { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ProjectionStore, ProjectionTransaction } from '../../application/ports';
import { partitionKey } from '../../domain/row-key';
import { RepositoryRows } from './repository-rows';
import { RowStatements } from './row-statements';

/**
 * A projection's read model in PostgreSQL through TypeORM, with its offsets in `projection_offsets`.
 * The offset row is locked FOR UPDATE first, so two runners of one projection apply a partition in turn.
 */
export class TypeOrmProjectionStore<Row extends ObjectLiteral> implements ProjectionStore<Row> {
  private readonly metadata: EntityMetadata;

  constructor(
    private readonly dataSource: DataSource,
    private readonly projectionName: string,
    private readonly entity: EntityTarget<Row>,
  ) {
    this.metadata = dataSource.getMetadata(entity);
  }

  inTransaction<T>(work: (transaction: ProjectionTransaction<Row>) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(this.transactionOf(manager)));
  }

  async readOffsets(): Promise<ReadonlyMap<string, bigint>> {
    const rows = (await this.dataSource.query('SELECT topic, partition, last_offset::text AS last_offset FROM projection_offsets WHERE projection = $1', [
      this.projectionName,
    ])) as { topic: string; partition: number; last_offset: string }[];
    return new Map(rows.map((row) => [partitionKey(row.topic, row.partition), BigInt(row.last_offset)]));
  }

  async reset(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`TRUNCATE ${this.metadata.tablePath.split('.').map((part) => `"${part}"`).join('.')}`);
      await manager.query('DELETE FROM projection_offsets WHERE projection = $1', [this.projectionName]);
    });
  }

  private transactionOf(manager: EntityManager): ProjectionTransaction<Row> {
    const rows = RowStatements.supports(this.metadata) ? new RowStatements<Row>(this.metadata, manager) : new RepositoryRows<Row>(manager.getRepository(this.entity), this.metadata);
    return {
      lockOffset: (topic, partition) => this.lockOffset(manager, topic, partition),
      storeOffset: async (topic, partition, lastOffset) => {
        await manager.query('UPDATE projection_offsets SET last_offset = $4, updated_at = now() WHERE projection = $1 AND topic = $2 AND partition = $3', [
          this.projectionName, topic, partition, lastOffset.toString(),
        ]);
      },
      loadRows: async (keys) => (keys.length === 0 ? [] : rows.select(keys)),
      saveRows: async (saved) => (saved.length === 0 ? undefined : rows.upsert(saved)),
      deleteRows: async (keys) => (keys.length === 0 ? undefined : rows.delete(keys)),
    };
  }

  private async lockOffset(manager: EntityManager, topic: string, partition: number): Promise<bigint> {
    const parameters = [this.projectionName, topic, partition];
    await manager.query('INSERT INTO projection_offsets (projection, topic, partition, last_offset) VALUES ($1, $2, $3, -1) ON CONFLICT DO NOTHING', parameters);
    const [row] = (await manager.query('SELECT last_offset::text AS last_offset FROM projection_offsets WHERE projection = $1 AND topic = $2 AND partition = $3 FOR UPDATE', parameters)) as { last_offset: string }[];
    return BigInt(row?.last_offset ?? '-1');
  }
}
