import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** Row count and MD5 of a table's content, rows in primary-key order: equal content, equal checksum. */
export interface TableChecksum {
  readonly rows: number;
  readonly checksum: string;
}

/**
 * Checksums a read model's table, e.g. to compare a rebuilt projection with the live one.
 * Columns in `exclude` (bookkeeping such as an updated-at) are left out of the content.
 */
export async function tableChecksum(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, exclude: readonly string[] = []): Promise<TableChecksum> {
  const metadata = dataSource.getMetadata(entity);
  const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
  const columns = metadata.columns.map((column) => column.databaseName).filter((name) => !exclude.includes(name)).sort();
  const order = metadata.primaryColumns.map((column) => quote(column.databaseName)).join(', ');
  const table = metadata.tablePath.split('.').map(quote).join('.');
  const [result] = (await dataSource.query(
    `SELECT count(*)::int AS rows, coalesce(md5(string_agg(row(${columns.map(quote).join(', ')})::text, E'\\n' ORDER BY ${order})), md5('')) AS checksum FROM ${table}`,
  )) as TableChecksum[];
  return result ?? { rows: 0, checksum: '' };
}
