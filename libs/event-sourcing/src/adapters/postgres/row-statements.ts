import type { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * Set-based SQL for a read model's rows: one statement per load, upsert or delete, with column arrays
 * passed through `unnest`. TypeORM's own upsert costs ~0.1 ms per row in JavaScript, which bounded replay
 * speed; values still go through the driver's conversions (transformers included) both ways.
 */
export class RowStatements<Row extends ObjectLiteral> {
  private readonly table: string;
  private readonly keys: readonly ColumnMetadata[];

  constructor(
    private readonly metadata: EntityMetadata,
    private readonly manager: EntityManager,
  ) {
    this.table = metadata.tablePath.split('.').map(quote).join('.');
    this.keys = metadata.primaryColumns;
  }

  /**
   * Whether every column can travel as a typed array (arrays and enums cannot) and is fully given by
   * the row (generated, dated, versioned or defaulted columns need TypeORM's own insert).
   */
  static supports(metadata: EntityMetadata): boolean {
    const driver = metadata.connection.driver;
    return metadata.columns.every(
      (column) =>
        !column.isArray &&
        !column.enum &&
        driver.normalizeType(column) !== 'enum' &&
        !column.isGenerated &&
        !column.isCreateDate &&
        !column.isUpdateDate &&
        !column.isVersion &&
        !column.isVirtual &&
        column.default === undefined,
    );
  }

  async select(keys: readonly Partial<Row>[]): Promise<Row[]> {
    const columns = this.metadata.columns.map((column) => quote(column.databaseName)).join(', ');
    const raw = (await this.manager.query(`SELECT ${columns} FROM ${this.table} WHERE ${this.keyMatch()}`, this.arrays(this.keys, keys))) as ObjectLiteral[];
    return raw.map((row) => this.hydrate(row));
  }

  async upsert(rows: readonly Row[]): Promise<void> {
    const columns = this.metadata.columns;
    const names = columns.map((column) => quote(column.databaseName));
    const updates = columns.filter((column) => !column.isPrimary).map((column) => `${quote(column.databaseName)} = EXCLUDED.${quote(column.databaseName)}`);
    const conflict = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
    await this.manager.query(
      `INSERT INTO ${this.table} (${names.join(', ')}) SELECT * FROM ${this.unnest(columns)} ON CONFLICT (${this.keys.map((key) => quote(key.databaseName)).join(', ')}) ${conflict}`,
      this.arrays(columns, rows),
    );
  }

  async delete(keys: readonly Partial<Row>[]): Promise<void> {
    await this.manager.query(`DELETE FROM ${this.table} WHERE ${this.keyMatch()}`, this.arrays(this.keys, keys));
  }

  private keyMatch(): string {
    const tuple = this.keys.map((key) => quote(key.databaseName)).join(', ');
    return `(${tuple}) IN (SELECT * FROM ${this.unnest(this.keys)})`;
  }

  private unnest(columns: readonly ColumnMetadata[]): string {
    const driver = this.metadata.connection.driver;
    return `unnest(${columns.map((column, index) => `$${index + 1}::${driver.normalizeType(column)}[]`).join(', ')})`;
  }

  /** One array per column, values converted as TypeORM would persist them. */
  private arrays(columns: readonly ColumnMetadata[], rows: readonly Partial<Row>[]): unknown[][] {
    const driver = this.metadata.connection.driver;
    return columns.map((column) => rows.map((row) => driver.preparePersistentValue(column.getEntityValue(row), column) as unknown));
  }

  private hydrate(raw: ObjectLiteral): Row {
    const driver = this.metadata.connection.driver;
    const entity = this.metadata.create() as Row;
    for (const column of this.metadata.columns) column.setEntityValue(entity, driver.prepareHydratedValue(raw[column.databaseName], column));
    return entity;
  }
}
