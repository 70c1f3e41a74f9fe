import type { AnonymityReport, DatasetPurpose, PartitionRange, QuasiIdentifier, ReleaseFile, SensitiveColumn, UsageTerms } from '../../domain';

/** What the builder achieved (the domain's AnonymityReport) and the definition's targets it was built for. */
export interface ReleaseAnonymity extends AnonymityReport {
  readonly targets: {
    readonly k: number;
    readonly l: number;
    readonly maxSuppression: number;
    readonly quasiIdentifiers: readonly QuasiIdentifier[];
    readonly sensitiveColumn: SensitiveColumn;
  };
}

/** Where the labels came from and how they were joined: the annotation protocol of the release. */
export interface LabelProvenance {
  readonly topics: readonly string[];
  readonly joinRule: string;
  readonly labelledRows: { readonly human: number; readonly model: number; readonly rule: number };
  readonly unlabelledRows: number;
  readonly guidelineVersions: readonly string[];
}

export interface Publisher {
  readonly name: string;
  readonly url: string;
}

/** Everything the Croissant and DCAT-AP documents say about one release. */
export interface ReleaseMetadataInput {
  readonly releaseId: string;
  /** The dataset (definition) id: stable across versions, names the dataset series. */
  readonly definitionId: string;
  readonly title: string;
  readonly description: string;
  readonly version: string;
  readonly purpose: DatasetPurpose;
  readonly city: string;
  readonly publisher: Publisher;
  readonly files: readonly ReleaseFile[];
  readonly anonymity: ReleaseAnonymity;
  /** The snapshot: every event and label partition read (label partitions are those of `labels.topics`). */
  readonly sources: readonly PartitionRange[];
  /** Event-time span of the released rows, epoch ms [from, until); null when the release is empty. */
  readonly eventTimeWindow: { readonly from: number; readonly until: number } | null;
  readonly labels: LabelProvenance;
  readonly usage: UsageTerms;
  /** Epoch ms of the ReleasePublished event; never the clock at file-writing time. */
  readonly publishedAt: number;
  readonly withdrawnAt: number | null;
  readonly supersedes: string | null;
  readonly supersededBy: string | null;
  /** Base of the datasets HTTP API, e.g. `https://datasets.barcelona.example/v1`; release and file URLs hang off it. */
  readonly apiBaseUrl: string;
}
