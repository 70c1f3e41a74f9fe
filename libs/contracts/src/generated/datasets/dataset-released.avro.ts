// Generated from schemas/datasets/DatasetReleased.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.
import type { DataPurpose } from '../shared/data-purpose.avro';

/**
 * A k-anonymous dataset was released for training or validating AI, with what it contains and how it was built.
 * Avro: `mesh.datasets.DatasetReleased`.
 */
export interface DatasetReleased {
  /** Id of the release aggregate. */
  readonly releaseId: string;
  /** Id of the city node that released it. */
  readonly city: string;
  /** Stable name of the dataset, e.g. `school-zone-hazards`. */
  readonly datasetName: string;
  /** Version of this release of the dataset (semver). */
  readonly version: string;
  /** Purposes the release may be used for; only data consented for all of them is included. */
  readonly purposes: ReadonlyArray<DataPurpose>;
  /** What the release contains. */
  readonly manifest: DatasetManifest;
  /** How the release was built, so it can be rebuilt identically. */
  readonly lineage: DatasetLineage;
  /** k of k-anonymity over the quasi-identifiers: every combination appears at least k times. */
  readonly kAnonymity: number;
  /** How many records went in and out. */
  readonly recordCounts: RecordCounts;
  /** SHA-256 over the manifest's file checksums in path order, lowercase hex; identifies the content. */
  readonly checksum: string;
  /**
   * When it was released, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly releasedAt: number;
  /** l of l-diversity of the sensitive column in every equivalence class; null in releases from before it was reported. */
  readonly lDiversity: number | null;
  /** Share of input rows suppressed to reach k and l (0 to 1); null in releases from before it was reported. */
  readonly suppressionRate: number | null;
  /** Information loss of the chosen generalisation (0 = none, 1 = everything generalised away); null in releases from before it was reported. */
  readonly informationLoss: number | null;
  /** Id of the release this one replaces (e.g. after a withdrawal on revoked consent); null for a first release. */
  readonly supersedes: string | null;
}

/**
 * Files of a release and their metadata.
 * Avro: `mesh.datasets.DatasetManifest`.
 */
export interface DatasetManifest {
  /** Every file of the release. */
  readonly files: ReadonlyArray<DatasetFile>;
  /** Format of the data files, e.g. `parquet` or `jsonl`. */
  readonly format: string;
  /** Where the release's Croissant metadata can be fetched, when published. */
  readonly croissantUri: string | null;
}

/**
 * One file of a release.
 * Avro: `mesh.datasets.DatasetFile`.
 */
export interface DatasetFile {
  /** Path of the file inside the release. */
  readonly path: string;
  /** SHA-256 of the file's bytes, lowercase hex. */
  readonly sha256: string;
  /** Size of the file in bytes. */
  readonly sizeBytes: number;
  /** Number of records in the file. */
  readonly recordCount: number;
}

/**
 * Inputs and versions a release was built from.
 * Avro: `mesh.datasets.DatasetLineage`.
 */
export interface DatasetLineage {
  /** Catalog topic names read. */
  readonly sourceTopics: ReadonlyArray<string>;
  /**
   * Start of the event-time window read (inclusive), UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly windowStart: number;
  /**
   * End of the event-time window read (exclusive), UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly windowEnd: number;
  /** Privacy policy version of the events included. */
  readonly anonymisationPolicyVersion: string;
  /** Labelling guideline version of the labels included, when labelled. */
  readonly labelGuidelineVersion: string | null;
  /** Version of the dataset builder that produced the files. */
  readonly builderVersion: string;
}

/**
 * Record counts of a release build.
 * Avro: `mesh.datasets.RecordCounts`.
 */
export interface RecordCounts {
  /** Events read in the window. */
  readonly input: number;
  /** Events dropped for missing consent. */
  readonly withoutConsent: number;
  /** Events suppressed to reach k-anonymity. */
  readonly suppressed: number;
  /** Records in the release. */
  readonly released: number;
}
