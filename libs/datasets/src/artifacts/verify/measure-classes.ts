/** The quasi-identifier names of a definition and the row columns each one spans. */
const QUASI_IDENTIFIER_COLUMNS: Readonly<Record<string, readonly string[]>> = {
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

/** The row columns a quasi-identifier spans; unknown names are a caller error. */
export function columnsOfQuasiIdentifier(quasiIdentifier: string): readonly string[] {
  const columns = QUASI_IDENTIFIER_COLUMNS[quasiIdentifier];
  if (!columns) throw new RangeError(`unknown quasi-identifier ${quasiIdentifier}`);
  return columns;
}

/**
 * k and l of records read back from files, written apart from the builder's search so that `verify` does not
 * trust the code it checks: classes keyed by the quasi-identifier values (null is a value), l counts distinct
 * sensitive values (null included). Both are 0 for no records.
 */
export function measureClasses(records: readonly Record<string, unknown>[], quasiIdentifiers: readonly string[], sensitiveColumn: string): ClassMeasure {
  const columns = quasiIdentifiers.flatMap(columnsOfQuasiIdentifier);
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
