import { scratchFloat64, scratchInt32 } from './scratch';

/** Rows grouped by a tuple of integer columns: one tuple per group, its summed weight, and each row's group. */
export interface Groups {
  readonly count: number;
  /** Column values of each group, same column order as the input. */
  readonly columns: readonly Int32Array[];
  readonly weight: Float64Array;
  /** Number of input rows (not weights) in each group. */
  readonly members: Int32Array;
  readonly groupOf: Int32Array;
}

const exactLimit = 2 ** 52;
const directLimit = 2 ** 22;

/**
 * Groups rows by their values in `columns` (each value below its cardinality). The tuple becomes one mixed-radix
 * number, so no key string is built: small key spaces index a table directly, larger ones go through an
 * open-addressing hash on the number, and a key space beyond 2^52 is first narrowed to dense codes.
 * Groups are numbered in order of first appearance. Every array of the result is a scratch buffer named after
 * `scratch`, valid until the next groupBy with that name: copy what must outlive it (ownGroups).
 */
export function groupBy(columns: readonly Int32Array[], cardinalities: readonly number[], rows: number, weights: Float64Array | null, scratch = 'rows'): Groups {
  const { keys, space } = mixedRadixKeys(columns, cardinalities, rows, scratch);
  const groupOf = scratchInt32(`${scratch}.groupOf`, rows);
  const count = space <= directLimit ? directGroups(keys, space, rows, groupOf) : hashedGroups(keys, rows, groupOf);
  const firstRow = scratchInt32(`${scratch}.firstRow`, count).fill(-1);
  const weight = scratchFloat64(`${scratch}.weight`, count).fill(0);
  const members = scratchInt32(`${scratch}.members`, count).fill(0);
  for (let row = 0; row < rows; row++) {
    const group = groupOf[row] ?? 0;
    if (firstRow[group] === -1) firstRow[group] = row;
    weight[group] = (weight[group] ?? 0) + (weights === null ? 1 : (weights[row] ?? 0));
    members[group] = (members[group] ?? 0) + 1;
  }
  const out = columns.map((column, c) => {
    const values = scratchInt32(`${scratch}.column.${c}`, count);
    for (let g = 0; g < count; g++) values[g] = column[firstRow[g] ?? 0] ?? 0;
    return values;
  });
  return { count, columns: out, weight, members, groupOf };
}

function mixedRadixKeys(columns: readonly Int32Array[], cardinalities: readonly number[], rows: number, scratch: string): { keys: Float64Array; space: number } {
  const keys = scratchFloat64(`${scratch}.keys`, rows).fill(0);
  let space = 1;
  columns.forEach((column, c) => {
    const cardinality = Math.max(1, cardinalities[c] ?? 1);
    if (space * cardinality >= exactLimit) {
      const dense = scratchInt32(`${scratch}.dense`, rows);
      space = space <= directLimit ? directGroups(keys, space, rows, dense) : hashedGroups(keys, rows, dense);
      for (let row = 0; row < rows; row++) keys[row] = dense[row] ?? 0;
    }
    for (let row = 0; row < rows; row++) keys[row] = (keys[row] ?? 0) * cardinality + (column[row] ?? 0);
    space *= cardinality;
  });
  return { keys, space };
}

/** Fills `groupOf` and returns the group count; the table is left all -1 again for the next call. */
function directGroups(keys: Float64Array, space: number, rows: number, groupOf: Int32Array): number {
  const table = scratchInt32('direct.table', space);
  if (table[0] !== -1 || table[space - 1] !== -1) table.fill(-1);
  let count = 0;
  for (let row = 0; row < rows; row++) {
    const key = keys[row] ?? 0;
    let group = table[key] ?? -1;
    if (group === -1) table[key] = group = count++;
    groupOf[row] = group;
  }
  for (let row = 0; row < rows; row++) table[keys[row] ?? 0] = -1;
  return count;
}

function hashedGroups(keys: Float64Array, rows: number, groupOf: Int32Array): number {
  let capacity = 16;
  while (capacity < rows * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = scratchInt32('hash.slots', capacity).fill(-1);
  const slotKeys = scratchFloat64('hash.keys', capacity);
  let count = 0;
  for (let row = 0; row < rows; row++) {
    const key = keys[row] ?? 0;
    const low = key % 4294967296 | 0;
    let hash = Math.imul(low ^ Math.floor(key / 4294967296), 0x9e3779b1);
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    let slot = (hash ^ (hash >>> 13)) & mask;
    let group = slots[slot] ?? -1;
    while (group !== -1 && slotKeys[slot] !== key) {
      slot = (slot + 1) & mask;
      group = slots[slot] ?? -1;
    }
    if (group === -1) {
      slots[slot] = group = count++;
      slotKeys[slot] = key;
    }
    groupOf[row] = group;
  }
  return count;
}
