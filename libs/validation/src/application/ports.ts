import type { ValidationResult } from '@usm/contracts';
import type { FileDigest } from './digests';
import type { FeatureRecord, TestRow } from './test-split';

/** A dataset release as `dataset.releases.v1` announced it: enough to find, trust and authorise its test split. */
export interface KnownRelease {
  readonly releaseId: string;
  readonly city: string;
  readonly purposes: readonly string[];
  readonly sourceTopics: readonly string[];
  readonly files: readonly FileDigest[];
  readonly status: 'published' | 'withdrawn';
}

/** The releases this city published, replayed from `dataset.releases.v1`. */
export interface ReleaseCatalog {
  get(releaseId: string): KnownRelease | undefined;
  readonly caughtUp: boolean;
}

/** Reads a release's test split from the datasets artifact store, refusing bytes whose SHA-256 is not the manifest's. */
export interface TestSplitReader {
  read(release: KnownRelease): Promise<{ rows: TestRow[]; files: FileDigest[] }>;
}

/** The datasets service's own decision on whether a caller may download a release file (ADR 0017), asked with the caller's token. */
export type DownloadVerdict = 'allowed' | 'forbidden' | 'gone' | 'not-found' | 'unauthenticated';
export interface DatasetsAccess {
  check(releaseId: string, path: string, bearerToken: string): Promise<DownloadVerdict>;
}

/** Calls a solution's inference endpoint (the hosted contract, docs/validation/inference-api.yaml). */
export interface InferenceClient {
  predict(endpointUrl: string, instance: FeatureRecord): Promise<{ label: string; scores?: Record<string, number>; latencyMs: number }>;
  /** The artifact SHA-256 the endpoint says it serves (`GET <endpoint>/v1/model`), null when it names none. */
  servedArtifact(endpointUrl: string): Promise<string | null>;
}

/** A run as the city keeps it: the full result, the predictions as scored and the threshold checks. */
export interface StoredRun {
  readonly runId: string;
  readonly companyId: string;
  readonly result: ValidationResult;
  readonly predictionsJsonl: string;
  readonly checks: readonly unknown[];
}

export interface RunStore {
  save(run: StoredRun): Promise<void>;
  get(runId: string): Promise<StoredRun | undefined>;
  bySolution(solutionId: string): Promise<StoredRun[]>;
}

/** Publishes a result on validation.results.v1 (the shareable copy). */
export interface ResultPublisher {
  publish(result: ValidationResult): Promise<void>;
}

/** Local and replicated results as read from validation.results.v1 and `<partner>.validation.results.v1`. */
export interface ResultFeed {
  all(): readonly ValidationResult[];
  readonly caughtUp: boolean;
}

export interface Clock {
  now(): number;
}
