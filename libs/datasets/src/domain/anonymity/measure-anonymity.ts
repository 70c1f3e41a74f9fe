import type { QuasiIdentifier, SensitiveColumn } from '../definition/dataset-definition';
import type { DatasetRow } from '../rows/dataset-row';

const columnsOf: Readonly<Record<QuasiIdentifier, (row: DatasetRow) => unknown[]>> = {
  h3Cell: (row) => [row.h3Cell],
  timeBucket: (row) => [row.timeBucketStart, row.timeBucketMinutes],
  ageBand: (row) => [row.ageBand],
  district: (row) => [row.district],
};

/**
 * k (smallest equivalence class) and l (fewest distinct sensitive values in a class) of published rows, computed
 * from the rows alone: what `verify` recomputes from a release's files. Both are 0 for no rows.
 */
export function measureAnonymity(rows: readonly DatasetRow[], quasiIdentifiers: readonly QuasiIdentifier[], sensitiveColumn: SensitiveColumn): { k: number; l: number } {
  const classes = new Map<string, { size: number; values: Set<string | null> }>();
  for (const row of rows) {
    const key = JSON.stringify(quasiIdentifiers.flatMap((qi) => columnsOf[qi](row)));
    const found = classes.get(key) ?? { size: 0, values: new Set<string | null>() };
    found.size += 1;
    found.values.add(row[sensitiveColumn]);
    classes.set(key, found);
  }
  if (classes.size === 0) return { k: 0, l: 0 };
  let k = Number.POSITIVE_INFINITY;
  let l = Number.POSITIVE_INFINITY;
  for (const found of classes.values()) {
    k = Math.min(k, found.size);
    l = Math.min(l, found.values.size);
  }
  return { k, l };
}
