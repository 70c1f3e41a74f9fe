export type DatasetPurpose = 'aiTraining' | 'aiValidation';
export type QuasiIdentifier = 'h3Cell' | 'timeBucket' | 'ageBand' | 'district';
export type SensitiveColumn = 'label' | 'category' | 'subCategory' | 'severity';
export type ArtifactFormat = 'avro' | 'parquet';

/** Every quasi-identifier a row can carry, in the order class keys are built. */
export const quasiIdentifiers: readonly QuasiIdentifier[] = ['h3Cell', 'timeBucket', 'ageBand', 'district'];

export interface DatasetFilters {
  readonly categories?: readonly string[];
  readonly subCategories?: readonly string[];
  /** Event-time window on the bucket start, epoch millis, [from, until). */
  readonly from?: number;
  readonly until?: number;
  readonly cities?: readonly string[];
  /** H3 cells of any resolution; an event is inside when its cell or its parent at an area cell's resolution is listed. */
  readonly h3Area?: readonly string[];
}

export interface SplitRatios {
  readonly train: number;
  readonly validation: number;
  readonly test: number;
  readonly seed: string;
  readonly stratifyBy: 'category';
}

export interface UsageTerms {
  readonly licence: string;
  readonly terms: string;
  readonly accessRights: 'restricted' | 'non-public';
}

/** What a dataset is built from and the guarantees its releases must meet (validated by parseDatasetDefinition). */
export interface DatasetDefinition {
  readonly definitionId: string;
  readonly title: string;
  readonly purpose: DatasetPurpose;
  /** Topic names: the city's own or `<partner>.<topic>` replicas. */
  readonly sources: { readonly events: readonly string[]; readonly labels: readonly string[] };
  readonly filters: DatasetFilters;
  readonly quasiIdentifiers: readonly QuasiIdentifier[];
  readonly sensitiveColumn: SensitiveColumn;
  readonly k: number;
  readonly l: number;
  /** Largest share of the filtered events that may be suppressed, 0 to 0.5. */
  readonly maxSuppression: number;
  readonly splits: SplitRatios;
  readonly formats: readonly ArtifactFormat[];
  readonly usage: UsageTerms;
  /** Only `drop` is accepted: see ADR 0015 on why a per-release pseudonym is refused. */
  readonly pseudonyms: 'drop' | 'rekeyPerRelease';
}
