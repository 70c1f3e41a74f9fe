/** What a company says its model is for and where it must not be trusted (a model card's core). */
export interface ModelCard {
  readonly intendedUse: string;
  readonly limitations: string;
}

/** A solution as registered: one company's model for one task; versions are published under it. */
export interface SolutionProfile {
  readonly solutionId: string;
  readonly companyId: string;
  readonly name: string;
  /** The benchmark task it solves, e.g. `childCommuteHazard`. */
  readonly task: string;
}

/** One published version: its model card and the SHA-256 of its artifact, so what runs is what was registered. */
export interface SolutionVersion {
  readonly version: string;
  readonly modelCard: ModelCard;
  readonly artifactSha256: string;
}
