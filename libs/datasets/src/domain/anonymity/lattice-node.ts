import type { Dimension } from './dimension';
import { groupBy } from './group-by';
import { scratchInt32, scratchUint8 } from './scratch';
import type { AnonymityTargets } from './anonymity-report';

/** Rows (or tuples of rows) at one lattice node: generalised codes per dimension, sensitive code, and weight. */
export interface Tuples {
  readonly node: readonly number[];
  readonly count: number;
  readonly columns: readonly Int32Array[];
  readonly sensitive: Int32Array;
  /** Number of distinct sensitive values (sensitive codes are below it). */
  readonly sensitiveCount: number;
  readonly weight: Float64Array | null;
}

export interface NodeEvaluation {
  readonly node: readonly number[];
  readonly tuples: Tuples;
  /** Class of every input row (only when asked for), and whether each class is released. */
  readonly classOfInput: Int32Array | null;
  readonly classReleased: Uint8Array;
  readonly suppressed: number;
  readonly k: number;
  readonly l: number;
  readonly loss: number;
}

/** A copy of tuples that outlives the scratch buffers they were evaluated into. */
export function ownTuples(tuples: Tuples): Tuples {
  return { ...tuples, columns: tuples.columns.map((c) => c.slice()), sensitive: tuples.sensitive.slice(), weight: tuples.weight?.slice() ?? null };
}

/** Maps generalised codes of a dimension from level `from` to the coarser level `to`. */
export function levelMap(dimension: Dimension, from: number, to: number): Int32Array {
  const fromCodes = dimension.genCode[from] ?? new Int32Array(0);
  const toCodes = dimension.genCode[to] ?? new Int32Array(0);
  const map = new Int32Array(dimension.genValue[from]?.length ?? 0);
  for (let v = 0; v < fromCodes.length; v++) map[fromCodes[v] ?? 0] = toCodes[v] ?? 0;
  return map;
}

/**
 * Rolls `input` up to `node` (every level at or above the input's) and measures it: equivalence classes over the
 * generalised codes, their sizes and distinct sensitive values, which classes fail k or l (suppressed), and the
 * information loss with suppressed rows charged 1 per quasi-identifier. With `allowed`, returns null as soon as
 * the classes below k alone hold more rows than that (the node fails; its tuples are not needed). Sums run over integer counts in code
 * order, so the result never depends on the order of the input rows. Tuples and classReleased live in scratch
 * buffers until the next evaluation (ownTuples keeps tuples).
 */
export function measureNode(
  dimensions: readonly Dimension[],
  input: Tuples,
  node: readonly number[],
  targets: AnonymityTargets,
  options: { readonly withRows?: boolean; readonly allowed?: number } = {},
): NodeEvaluation | null {
  const columns = dimensions.map((dimension, j) => {
    const map = levelMap(dimension, input.node[j] ?? 0, node[j] ?? 0);
    const source = input.columns[j] ?? new Int32Array(0);
    const out = scratchInt32(`column.${j}`, input.count);
    for (let i = 0; i < input.count; i++) out[i] = map[source[i] ?? 0] ?? 0;
    return out;
  });
  const cardinalities = dimensions.map((d, j) => d.genValue[node[j] ?? 0]?.length ?? 1);
  const classes = groupBy(columns, cardinalities, input.count, input.weight, 'classes');
  if (options.allowed !== undefined && rowsInSmallClasses(classes.weight, classes.count, targets.k) > options.allowed) return null;
  const byValue = groupBy([classes.groupOf, input.sensitive], [classes.count, input.sensitiveCount], input.count, input.weight);
  const classOfTuple = byValue.columns[0] ?? new Int32Array(0);
  const distinct = scratchInt32('distinct', classes.count).fill(0);
  for (let t = 0; t < byValue.count; t++) distinct[classOfTuple[t] ?? 0] = (distinct[classOfTuple[t] ?? 0] ?? 0) + 1;
  const classReleased = scratchUint8('released', classes.count).fill(0);
  let suppressed = 0;
  let k = Number.POSITIVE_INFINITY;
  let l = Number.POSITIVE_INFINITY;
  for (let c = 0; c < classes.count; c++) {
    const size = classes.weight[c] ?? 0;
    if (size >= targets.k && (distinct[c] ?? 0) >= targets.l) {
      classReleased[c] = 1;
      k = Math.min(k, size);
      l = Math.min(l, distinct[c] ?? 0);
    } else suppressed += size;
  }
  const tuples: Tuples = {
    node,
    count: byValue.count,
    columns: classes.columns.map((column, j) => {
      const out = scratchInt32(`tuple.${j}`, byValue.count);
      for (let t = 0; t < byValue.count; t++) out[t] = column[classOfTuple[t] ?? 0] ?? 0;
      return out;
    }),
    sensitive: byValue.columns[1] ?? new Int32Array(0),
    sensitiveCount: input.sensitiveCount,
    weight: byValue.weight,
  };
  const loss = lossOf(dimensions, tuples, classOfTuple, classReleased, suppressed);
  const classOfInput = options.withRows ? classes.groupOf.slice() : null;
  return { node, tuples, classOfInput, classReleased, suppressed, k: Number.isFinite(k) ? k : 0, l: Number.isFinite(l) ? l : 0, loss };
}

/** measureNode without the early failure: always a full evaluation. */
export function evaluateNode(dimensions: readonly Dimension[], input: Tuples, node: readonly number[], targets: AnonymityTargets, withRows = false): NodeEvaluation {
  const evaluation = measureNode(dimensions, input, node, targets, { withRows });
  if (evaluation === null) throw new Error('a node without an early-failure bound is always evaluated');
  return evaluation;
}

// The rows every node must suppress for k alone: a quick failure before distinct sensitive values are counted.
function rowsInSmallClasses(sizes: Float64Array, count: number, k: number): number {
  let rows = 0;
  for (let c = 0; c < count; c++) if ((sizes[c] ?? 0) < k) rows += sizes[c] ?? 0;
  return rows;
}

function lossOf(dimensions: readonly Dimension[], tuples: Tuples, classOf: Int32Array, released: Uint8Array, suppressed: number): number {
  let total = 0;
  let kept = 0;
  dimensions.forEach((dimension, j) => {
    const penalty = dimension.penalty[tuples.node[j] ?? 0] ?? new Float64Array(0);
    const retained = new Float64Array(penalty.length);
    const column = tuples.columns[j] ?? new Int32Array(0);
    for (let t = 0; t < tuples.count; t++) {
      if (released[classOf[t] ?? 0] === 1) retained[column[t] ?? 0] = (retained[column[t] ?? 0] ?? 0) + (tuples.weight?.[t] ?? 1);
    }
    for (let g = 0; g < penalty.length; g++) {
      total += (retained[g] ?? 0) * (penalty[g] ?? 0);
      if (j === 0) kept += retained[g] ?? 0;
    }
  });
  const rows = kept + suppressed;
  return rows === 0 || dimensions.length === 0 ? 0 : (total + suppressed * dimensions.length) / (rows * dimensions.length);
}
