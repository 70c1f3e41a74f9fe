import type { QuasiIdentifier } from '../definition/dataset-definition';
import type { AnonymityReport, AnonymityTargets, Generalisation } from './anonymity-report';
import { ageDimension } from './age-dimension';
import type { Dimension, DimensionKey } from './dimension';
import { encodeKeys } from './dimension';
import { districtDimension } from './district-dimension';
import { groupBy } from './group-by';
import { h3Dimension } from './h3-dimension';
import type { NodeEvaluation, Tuples } from './lattice-node';
import { evaluateNode, ownTuples } from './lattice-node';
import { searchLattice } from './lattice-search';
import { releaseScratch } from './scratch';
import { timeDimension } from './time-dimension';

/** Quasi-identifier and sensitive values, one array entry per row (column-wise, so a million rows stay cheap). */
export interface AnonymityInput {
  readonly h3Cell: readonly string[];
  readonly h3Resolution: readonly number[];
  readonly timeBucketStart: readonly number[];
  readonly timeBucketMinutes: readonly number[];
  readonly ageBand: readonly (string | null)[];
  readonly district: readonly (string | null)[];
  readonly sensitive: readonly (string | null)[];
}

export interface AnonymityOutcome {
  readonly ok: boolean;
  readonly report: AnonymityReport;
  /** 1 for every released row, 0 for suppressed ones (all 0 when refused). */
  readonly released: Uint8Array;
  /** Generalised value of a quasi-identifier of a row; undefined when the column is not a quasi-identifier. */
  readonly valueOf: (qi: QuasiIdentifier, row: number) => DimensionKey | undefined;
  /** Lattice nodes evaluated, for the bench. */
  readonly evaluatedNodes: number;
}

function dimensionOf(qi: QuasiIdentifier, input: AnonymityInput): Dimension {
  switch (qi) {
    case 'h3Cell':
      return h3Dimension(input.h3Cell, input.h3Resolution);
    case 'timeBucket':
      return timeDimension(input.timeBucketStart, input.timeBucketMinutes);
    case 'ageBand':
      return ageDimension(input.ageBand);
    case 'district':
      return districtDimension(input.district);
    default: {
      const unexpected: never = qi;
      return unexpected;
    }
  }
}

/**
 * k-anonymity and l-diversity by the least-loss generalisation (searchLattice), then suppression of the classes
 * still below k or l. Refused (ok false) when even the most generalised node needs more than maxSuppression.
 */
export function anonymise(input: AnonymityInput, quasiIdentifiers: readonly QuasiIdentifier[], targets: AnonymityTargets): AnonymityOutcome {
  const rows = input.sensitive.length;
  const dimensions = quasiIdentifiers.map((qi) => dimensionOf(qi, input));
  const sensitiveValues = encodeKeys(input.sensitive);
  const sensitive = sensitiveValues.codes;
  const sensitiveCount = sensitiveValues.distinct.length;
  const atRows: Tuples = { node: dimensions.map(() => 0), count: rows, columns: dimensions.map((d) => d.codes), sensitive, sensitiveCount, weight: null };
  const cardinalities = [...dimensions.map((d) => d.genValue[0]?.length ?? 1), sensitiveCount];
  const distinct = groupBy([...atRows.columns, sensitive], cardinalities, rows, null);
  const base = ownTuples({ ...atRows, count: distinct.count, columns: distinct.columns.slice(0, dimensions.length), sensitive: distinct.columns[dimensions.length] ?? sensitive, weight: distinct.weight });
  const search = searchLattice(dimensions, base, rows, targets);
  const chosen = search.best === null ? search.top : evaluateNode(dimensions, atRows, search.best.node, targets, true);
  releaseScratch();
  const released = new Uint8Array(rows);
  if (search.best !== null) {
    const classOf = chosen.classOfInput ?? new Int32Array(rows);
    for (let r = 0; r < rows; r++) released[r] = chosen.classReleased[classOf[r] ?? 0] ?? 0;
  }
  const valueOf = (qi: QuasiIdentifier, row: number): DimensionKey | undefined => {
    const j = quasiIdentifiers.indexOf(qi);
    const d = dimensions[j];
    if (d === undefined) return undefined;
    const level = chosen.node[j] ?? 0;
    return d.genValue[level]?.[d.genCode[level]?.[d.codes[row] ?? 0] ?? 0] ?? null;
  };
  return { ok: search.best !== null, report: reportOf(dimensions, chosen, rows), released, valueOf, evaluatedNodes: search.evaluated };
}

function reportOf(dimensions: readonly Dimension[], chosen: NodeEvaluation, rows: number): AnonymityReport {
  return {
    k: chosen.k,
    l: chosen.l,
    suppressed: chosen.suppressed,
    suppressionRate: rows === 0 ? 0 : chosen.suppressed / rows,
    generalisation: generalisationOf(dimensions, chosen.node),
    informationLoss: chosen.loss,
    input: rows,
    released: rows - chosen.suppressed,
  };
}

function generalisationOf(dimensions: readonly Dimension[], node: readonly number[]): Generalisation {
  const parameter = (qi: QuasiIdentifier): number | null => {
    const j = dimensions.findIndex((d) => d.qi === qi);
    return j < 0 ? null : (dimensions[j]?.levels[node[j] ?? 0] ?? null);
  };
  return {
    h3Resolution: parameter('h3Cell'),
    timeBucketMinutes: parameter('timeBucket'),
    ageBandWidth: parameter('ageBand'),
    districtKept: parameter('district') !== 0,
  };
}
