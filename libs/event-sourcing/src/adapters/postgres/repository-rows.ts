import type { EntityMetadata, ObjectLiteral, Repository } from 'typeorm';
import { In } from 'typeorm';

const chunkSize = 1_000;

/** Rows through TypeORM's repository: the slower path, for read models with array or enum columns. */
export class RepositoryRows<Row extends ObjectLiteral> {
  private readonly keyNames: readonly string[];

  constructor(
    private readonly repository: Repository<Row>,
    metadata: EntityMetadata,
  ) {
    this.keyNames = metadata.primaryColumns.map((column) => column.propertyName);
  }

  async select(keys: readonly Partial<Row>[]): Promise<Row[]> {
    return (await Promise.all(chunks(keys).map((chunk) => this.repository.findBy(this.whereOf(chunk) as never)))).flat();
  }

  async upsert(rows: readonly Row[]): Promise<void> {
    for (const chunk of chunks(rows)) await this.repository.upsert(chunk as never, { conflictPaths: [...this.keyNames], skipUpdateIfNoValuesChanged: false });
  }

  async delete(keys: readonly Partial<Row>[]): Promise<void> {
    for (const chunk of chunks(keys)) await this.repository.delete(this.whereOf(chunk) as never);
  }

  /** `IN` for a single-column key, an OR of objects otherwise. */
  private whereOf(keys: readonly Partial<Row>[]): ObjectLiteral | ObjectLiteral[] {
    const [only] = this.keyNames;
    if (this.keyNames.length === 1 && only !== undefined) return { [only]: In(keys.map((key) => key[only])) };
    return keys.map((key) => Object.fromEntries(this.keyNames.map((name) => [name, key[name]])));
  }
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += chunkSize) result.push(items.slice(start, start + chunkSize));
  return result;
}
