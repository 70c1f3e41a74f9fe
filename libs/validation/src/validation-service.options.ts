import type { KafkaConnection, RegistryCredentials } from '@usm/messaging';

/** What the validation service module needs, from the app's validated config. */
export interface ValidationServiceOptions {
  readonly city: string;
  /** IANA zone of the city, for the time-of-day slice. */
  readonly timeZone: string;
  readonly database: { readonly url: string; readonly schema?: string };
  readonly kafka: KafkaConnection;
  readonly registryUrl: string;
  readonly registryCredentials?: RegistryCredentials;
  /** Partner cities whose replicated results (`<partner>.validation.results.v1`) the leaderboard reads, with their registries. */
  readonly partnerRegistries: Readonly<Record<string, { readonly url: string; readonly credentials?: RegistryCredentials }>>;
  /** Where the datasets service writes release files (read only here). */
  readonly releaseArtifactDir: string;
  /** Base URL of this city's datasets service, asked with the company's token whether it may download the test split. */
  readonly datasetsUrl: string;
  readonly topicPrefix: string;
  readonly hostedConcurrency: number;
  readonly healthTimeoutMs?: number;
}
