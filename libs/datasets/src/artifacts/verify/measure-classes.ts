import type { QuasiIdentifier, SensitiveColumn } from '../../domain';

/** The row columns each quasi-identifier of a definition spans. */
const QUASI_IDENTIFIER_COLUMNS: Readonly<Record<QuasiIdentifier, readonly string[]>> = {
  h3Cell: ['h3Cell'],
  timeBucket: ['timeBucketStart', 'timeBucketMinutes'],
  ageBand: ['ageBand'],
  district: ['district'],
};

export interface ClassMeasure {
  readonly k: number;
  readonly l: number;
  readonly classes: number;
  readonly rows: number;
}

/**
 * k and l of records read back from files, written apart from the builder's search so that `verify` does not
 * trust the code it checks: classes keyed by the quasi-identifier values (null is a value), l counts distinct
 * sensitive values (null included). Both are 0 for no records.
 */
export function measureClasses(records: readonly Record<string, unknown>[], quasiIdentifiers: readonly QuasiIdentifier[], sensitiveColumn: SensitiveColumn): ClassMeasure {
  const columns = quasiIdentifiers.flatMap((qi) => QUASI_IDENTIFIER_COLUMNS[qi]);
  const classes = new Map<string, { size: number; values: Set<unknown> }>();
  for (const record of records) {
    const key = JSON.stringify(columns.map((column) => record[column] ?? null));
    let found = classes.get(key);
    if (!found) classes.set(key, (found = { size: 0, values: new Set() }));
    found.size += 1;
    found.values.add(record[sensitiveColumn] ?? null);
  }
  let k = classes.size === 0 ? 0 : Number.POSITIVE_INFINITY;
  let l = k;
  for (const { size, values } of classes.values()) {
    k = Math.min(k, size);
    l = Math.min(l, values.size);
  }
  return { k, l, classes: classes.size, rows: records.length };
}
