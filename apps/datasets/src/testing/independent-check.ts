import { createHash } from 'node:crypto';

/** Columns of a released row that hold a quasi-identifier (`timeBucket` is the bucket start column). */
const columnOf: Readonly<Record<string, string>> = { h3Cell: 'h3Cell', timeBucket: 'timeBucketStart', ageBand: 'ageBand', district: 'district' };

/** k and l recomputed from released rows, with no code of the builder: group by quasi-identifiers, count, count distinct. */
export function measureRows(rows: readonly Record<string, unknown>[], quasiIdentifiers: readonly string[], sensitive: string): { k: number; l: number; classes: number } {
  const classes = new Map<string, { size: number; values: Set<unknown> }>();
  for (const row of rows) {
    const key = JSON.stringify(quasiIdentifiers.map((q) => row[columnOf[q] ?? q] ?? null));
    const entry = classes.get(key) ?? { size: 0, values: new Set() };
    entry.size += 1;
    entry.values.add(row[sensitive] ?? null);
    classes.set(key, entry);
  }
  const all = [...classes.values()];
  return { k: Math.min(...all.map((c) => c.size)), l: Math.min(...all.map((c) => c.values.size)), classes: all.length };
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
