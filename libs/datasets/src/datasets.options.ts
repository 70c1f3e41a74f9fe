import type { EventSourcingDatabaseOptions } from '@usm/event-sourcing';
import type { KafkaConnection, RegistryCredentials } from '@usm/messaging';

/** A partner city's registry, read-only, for the schema ids of its replicated records (ADR 0005). */
export interface PartnerRegistry {
  readonly url: string;
  readonly credentials?: RegistryCredentials;
}

/** What the datasets context needs from its app. */
export interface DatasetsModuleOptions {
  readonly city: string;
  readonly database: Omit<EventSourcingDatabaseOptions, 'migrations' | 'entities'>;
  /** The city's cluster as the `datasets` principal. */
  readonly kafka: KafkaConnection;
  readonly registryUrl: string;
  readonly registryCredentials?: RegistryCredentials;
  readonly partnerRegistries: Readonly<Record<string, PartnerRegistry>>;
  /** Where release files are kept (LocalDirectoryArtifactStore). */
  readonly artifactDir: string;
  /** Base URL callers reach the service at: signed URLs and download links in the metadata. */
  readonly publicUrl: string;
  readonly urlSigningKey: Buffer;
  readonly signedUrlTtlSeconds: number;
  /** Empty in production; a test run's prefix of every catalog topic name. */
  readonly topicPrefix: string;
  readonly read: { readonly maxBytes: number; readonly stallTimeoutMs: number };
  readonly healthTimeoutMs?: number;
  /** The subject index fed by the own anonymised stream (ADR 0016); defaults suit a city node. */
  readonly subjectIndex?: SubjectIndexOptions;
}

/** Tuning of the subject index feed. */
export interface SubjectIndexOptions {
  /** How long a consent that ended waits for the index to reach the stream's end before its handling is retried. */
  readonly catchUpTimeoutMs?: number;
  readonly maxRecordsPerTransaction?: number;
  /** Delay before starting the feed again while the topic does not exist yet or the broker is away. */
  readonly retryDelayMs?: number;
}
