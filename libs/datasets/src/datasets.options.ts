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
}
