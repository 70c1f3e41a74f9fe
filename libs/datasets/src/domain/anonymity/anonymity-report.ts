/** The generalisation a release applies; a field is null when that column is not a quasi-identifier of the definition. */
export interface Generalisation {
  /** H3 resolution cells were coarsened to (cells already coarser stay as they were). */
  readonly h3Resolution: number | null;
  readonly timeBucketMinutes: number | null;
  /** Width of the merged age bands in years; at the first level, the widest source band (bands kept as sourced). */
  readonly ageBandWidth: number | null;
  readonly districtKept: boolean;
}

/**
 * What anonymity a release reaches. `k` and `l` are the smallest class size and the fewest distinct sensitive
 * values of any released class; `informationLoss` is the normalised certainty penalty (ADR 0015), 0 to 1.
 * For a refusal they are the figures of the most generalised node (the least suppression any generalisation
 * reaches): the k and l of the classes it could release, and the rows it would have to suppress (over the maximum).
 */
export interface AnonymityReport {
  readonly k: number;
  readonly l: number;
  readonly suppressed: number;
  readonly suppressionRate: number;
  readonly generalisation: Generalisation;
  readonly informationLoss: number;
  readonly input: number;
  readonly released: number;
}

export interface AnonymityTargets {
  readonly k: number;
  readonly l: number;
  readonly maxSuppression: number;
}
