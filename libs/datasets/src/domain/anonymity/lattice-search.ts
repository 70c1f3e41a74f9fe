import type { AnonymityTargets } from './anonymity-report';
import type { Dimension } from './dimension';
import type { NodeEvaluation, Tuples } from './lattice-node';
import { evaluateNode, measureNode, ownTuples } from './lattice-node';

export interface LatticeSearchResult {
  /** The node with the least information loss that meets the targets, or null when none does. */
  readonly best: NodeEvaluation | null;
  /** The most generalised node: the least suppression any node can reach. */
  readonly top: NodeEvaluation;
  readonly evaluated: number;
}

const below = (a: readonly number[], b: readonly number[]) => a.every((level, j) => level <= (b[j] ?? 0));

function allNodes(dimensions: readonly Dimension[]): number[][] {
  return dimensions.reduce<number[][]>((nodes, d) => nodes.flatMap((node) => d.levels.map((_, level) => [...node, level])), [[]]);
}

/** Loss of a node if nothing were suppressed: a lower bound of its real loss (a suppressed row costs the most). */
function lowerBound(dimensions: readonly Dimension[], node: readonly number[], rows: number): number {
  let total = 0;
  dimensions.forEach((d, j) => {
    const codes = d.genCode[node[j] ?? 0] ?? new Int32Array(0);
    const penalty = d.penalty[node[j] ?? 0] ?? new Float64Array(0);
    for (let v = 0; v < codes.length; v++) total += (d.sourceRows[v] ?? 0) * (penalty[codes[v] ?? 0] ?? 0);
  });
  return rows === 0 ? 0 : total / (rows * dimensions.length);
}

/**
 * For each dimension, the finest level at which it can stay while every other dimension is at its top level and
 * the targets are still met. By monotonicity no node with a dimension below its floor can meet them, so these
 * floors bound the search from below. Costs one pass over the base tuples per dimension.
 */
function floorsOf(dimensions: readonly Dimension[], base: Tuples, topNode: readonly number[], targets: AnonymityTargets, allowed: number): number[] {
  return dimensions.map((d, j) => {
    let pillar: Tuples = base;
    for (let level = 0; level < d.levels.length - 1; level++) {
      const node = topNode.map((top, i) => (i === j ? level : top));
      const evaluation = evaluateNode(dimensions, pillar, node, targets);
      if (evaluation.suppressed <= allowed) return level;
      pillar = ownTuples(evaluation.tuples);
    }
    return d.levels.length - 1;
  });
}

/**
 * Least-loss search of the generalisation lattice, exact over every node that meets the targets. Nodes below the
 * per-dimension floors (floorsOf) cannot meet them and are skipped; the rest are tried in order of their loss
 * lower bound (ties: lower height, then lexicographic levels) until no untried node can beat the best found.
 * Before a node, its pillar is checked: the node with every dimension but the two with most values at the top. A
 * pillar is coarser, so when it fails the node fails, and so does everything below the pillar (generalising never
 * lowers k or l, nor raises the rows to suppress). Every node rolls up from the smallest evaluated node below it.
 */
export function searchLattice(dimensions: readonly Dimension[], base: Tuples, rows: number, targets: AnonymityTargets): LatticeSearchResult {
  const allowed = Math.floor(targets.maxSuppression * rows + 1e-9);
  const topNode = dimensions.map((d) => d.levels.length - 1);
  const top = evaluateNode(dimensions, base, topNode, targets);
  if (top.suppressed > allowed) return { best: null, top, evaluated: 1 };
  const floors = floorsOf(dimensions, base, topNode, targets, allowed);
  const state = new SearchState(dimensions, evaluateNode(dimensions, base, floors, targets), targets, allowed);
  const widest = dimensions.map((d, j) => ({ j, values: d.genValue[0]?.length ?? 0 })).sort((a, b) => b.values - a.values || a.j - b.j);
  const candidates = allNodes(dimensions)
    .filter((node) => below(floors, node))
    .map((node) => ({ node, bound: lowerBound(dimensions, node, rows), height: node.reduce((s, l) => s + l, 0) }))
    .sort((a, b) => a.bound - b.bound || a.height - b.height || compareLevels(a.node, b.node));
  for (const { node, bound } of candidates) {
    if (state.best !== null && bound >= state.best.loss) break;
    if (state.knownToFail(node)) continue;
    // Relaxations from coarse to fine: the widest dimensions at the node's levels, the others at the top.
    for (let kept = 2; kept <= dimensions.length; kept++) {
      const keptDims = new Set(widest.slice(0, kept).map((w) => w.j));
      const relaxed = node.map((level, j) => (keptDims.has(j) ? level : (topNode[j] ?? 0)));
      if (!state.passesAlong(relaxed, widest[kept - 1]?.j ?? 0, topNode)) break;
    }
  }
  return { best: state.best, top, evaluated: state.evaluated + 1 + dimensions.length };
}

class SearchState {
  best: NodeEvaluation | null = null;
  evaluated = 1;
  private readonly failing: (readonly number[])[] = [];
  private readonly outcomes = new Map<string, boolean>();
  private readonly rollups: Tuples[];

  constructor(
    private readonly dimensions: readonly Dimension[],
    floor: NodeEvaluation,
    private readonly targets: AnonymityTargets,
    private readonly allowed: number,
  ) {
    this.rollups = [ownTuples(floor.tuples)];
    this.record(floor);
  }

  knownToFail(node: readonly number[]): boolean {
    return this.failing.some((f) => below(node, f));
  }

  /** Whether the node meets the targets, evaluating it (once) unless a failing node above it already says no. */
  passes(node: readonly number[]): boolean {
    const known = this.outcomes.get(node.join(','));
    if (known !== undefined) return known;
    if (this.knownToFail(node)) return false;
    const from = this.rollups.filter((t) => below(t.node, node)).reduce((a, b) => (b.count < a.count ? b : a));
    const evaluation = measureNode(this.dimensions, from, node, this.targets, { allowed: this.allowed });
    this.evaluated++;
    if (evaluation === null) {
      this.outcomes.set(node.join(','), false);
      this.failing.push(node);
      return false;
    }
    if (evaluation.tuples.count < 0.9 * (this.rollups[0]?.count ?? 0)) keepRollup(this.rollups, ownTuples(evaluation.tuples));
    return this.record(evaluation);
  }

  /**
   * Whether the node passes, found by a binary search along dimension `j` for the finest level that passes with
   * the other levels fixed: a handful of evaluations settle the whole column, the failing part by monotonicity.
   */
  passesAlong(node: readonly number[], j: number, topNode: readonly number[]): boolean {
    const at = (level: number) => node.map((l, i) => (i === j ? level : l));
    let low = node[j] ?? 0;
    let high = topNode[j] ?? 0;
    if (!this.passes(at(high))) return false;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (this.passes(at(middle))) high = middle;
      else low = middle + 1;
    }
    return low === (node[j] ?? 0);
  }

  private record(evaluation: NodeEvaluation): boolean {
    const passes = evaluation.suppressed <= this.allowed;
    this.outcomes.set(evaluation.node.join(','), passes);
    if (!passes) this.failing.push(evaluation.node);
    else if (this.best === null || evaluation.loss < this.best.loss) this.best = evaluation;
    return passes;
  }
}

function compareLevels(a: readonly number[], b: readonly number[]): number {
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return (a[j] ?? 0) - (b[j] ?? 0);
  return 0;
}

// Roll-up sources are kept most recent first, up to four times the floor node's tuples (the floor always stays).
function keepRollup(rollups: Tuples[], tuples: Tuples): void {
  rollups.splice(1, 0, tuples);
  const budget = 4 * (rollups[0]?.count ?? 0) + 1;
  let used = 0;
  for (let i = 0; i < rollups.length; i++) {
    used += rollups[i]?.count ?? 0;
    if (i > 0 && used > budget) {
      rollups.length = i;
      return;
    }
  }
}
