import type { SourcePartitionRange } from '../manifest/release-manifest';
import type { ReleaseFile } from '../release-files';

/** What the builder achieved; structurally the domain's AnonymityReport plus the targets it was built for. */
export interface ReleaseAnonymity {
  readonly k: number;
  readonly l: number;
  readonly suppressed: number;
  readonly suppressionRate: number;
  readonly informationLoss: number;
  readonly input: number;
  readonly released: number;
  readonly generalisation: {
    readonly h3Resolution: number | null;
    readonly timeBucketMinutes: number | null;
    readonly ageBandWidth: number | null;
    readonly districtKept: boolean;
  };
  readonly targets: {
    readonly k: number;
    readonly l: number;
    readonly maxSuppression: number;
    readonly quasiIdentifiers: readonly string[];
    readonly sensitiveColumn: string;
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
  readonly purpose: 'aiTraining' | 'aiValidation';
  readonly city: string;
  readonly publisher: Publisher;
  readonly files: readonly ReleaseFile[];
  readonly anonymity: ReleaseAnonymity;
  readonly sources: readonly SourcePartitionRange[];
  /** Event-time span of the released rows, epoch ms [from, until); null when the release is empty. */
  readonly eventTimeWindow: { readonly from: number; readonly until: number } | null;
  readonly labels: LabelProvenance;
  readonly usage: { readonly licence: string; readonly terms: string; readonly accessRights: 'restricted' | 'non-public' };
  /** Epoch ms of the ReleasePublished event; never the clock at file-writing time. */
  readonly publishedAt: number;
  readonly withdrawnAt: number | null;
  readonly supersedes: string | null;
  readonly supersededBy: string | null;
  /** Base of the datasets HTTP API, e.g. `https://datasets.barcelona.example/v1`; release and file URLs hang off it. */
  readonly apiBaseUrl: string;
}
