import type { QuasiIdentifier } from '../definition/dataset-definition';

export type DimensionKey = string | number | null;

/** One quasi-identifier encoded as integers: source codes per row and, per lattice level, the generalised code. */
export interface Dimension {
  readonly qi: QuasiIdentifier;
  /** Source code of every row (codes follow the sorted source values, so they never depend on input order). */
  readonly codes: Int32Array;
  /** Rows per source code. */
  readonly sourceRows: Float64Array;
  /** Level parameter as reported: H3 resolution, bucket minutes, band width in years, or 1/0 for district kept/removed. */
  readonly levels: readonly number[];
  /** Per level: source code → generalised code. */
  readonly genCode: readonly Int32Array[];
  /** Per level: generalised code → value. */
  readonly genValue: readonly (readonly DimensionKey[])[];
  /** Per level: generalised code → normalised certainty penalty. */
  readonly penalty: readonly Float64Array[];
}

export function compareKeys(a: DimensionKey, b: DimensionKey): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/** Codes per row for a key per row, numbered in sorted key order. */
export function encodeKeys(keys: readonly DimensionKey[]): { codes: Int32Array; distinct: DimensionKey[]; rows: Float64Array } {
  const distinct = [...new Set(keys)].sort(compareKeys);
  const codeOf = new Map(distinct.map((key, code) => [key, code]));
  const codes = new Int32Array(keys.length);
  const rows = new Float64Array(distinct.length);
  for (let i = 0; i < keys.length; i++) {
    const code = codeOf.get(keys[i] ?? null) ?? 0;
    codes[i] = code;
    rows[code] = (rows[code] ?? 0) + 1;
  }
  return { codes, distinct, rows };
}

/**
 * A dimension from its source keys and, per level, the generalised key of every distinct source key.
 * Penalty (NCP over the observed domain): (source values sharing the generalised value − 1) / (source values − 1),
 * so a value left as sourced costs 0 and one that covers the whole observed domain costs 1.
 */
export function createDimension(
  qi: QuasiIdentifier,
  source: { codes: Int32Array; distinct: readonly DimensionKey[]; rows: Float64Array },
  levels: readonly { readonly parameter: number; readonly keys: readonly DimensionKey[] }[],
): Dimension {
  const domain = source.distinct.length;
  const genCode: Int32Array[] = [];
  const genValue: DimensionKey[][] = [];
  const penalty: Float64Array[] = [];
  for (const level of levels) {
    const values = [...new Set(level.keys)].sort(compareKeys);
    const codeOf = new Map(values.map((key, code) => [key, code]));
    const map = Int32Array.from(level.keys, (key) => codeOf.get(key) ?? 0);
    const covered = new Float64Array(values.length);
    for (const code of map) covered[code] = (covered[code] ?? 0) + 1;
    genCode.push(map);
    genValue.push(values);
    penalty.push(covered.map((n) => (domain <= 1 ? 0 : (n - 1) / (domain - 1))));
  }
  return { qi, codes: source.codes, sourceRows: source.rows, levels: levels.map((l) => l.parameter), genCode, genValue, penalty };
}
