import type { FactoryProvider, ModuleMetadata, Provider } from '@nestjs/common';
import type { KafkaConnection, RegistryCredentials } from '@usm/messaging';
import type { ReleaseSupersession, SubjectEventsQuery } from './application/withdrawal.ports';
import type { WithdrawalDatabase } from './adapters/postgres/withdrawal-data-source';

/** Settings of dataset withdrawal, from the datasets app's config. */
export interface DatasetsWithdrawalOptions {
  readonly city: string;
  /** The city's cluster as the `datasets` principal. */
  readonly kafka: KafkaConnection;
  readonly registryUrl: string;
  readonly registryCredentials?: RegistryCredentials;
  /** Empty in production; a test runs under a unique prefix of every catalog topic. */
  readonly topicPrefix: string;
  /** Partner cities whose notices arrive here, with the registry that decodes them (read-only). */
  readonly partners: Readonly<Record<string, { readonly url: string; readonly credentials?: RegistryCredentials }>>;
  readonly database: WithdrawalDatabase;
  /** Consumer groups start with it (`<city>-datasets-withdrawal…`, within the datasets principal's groups). */
  readonly groupPrefix: string;
  readonly retryDelayMs: number;
  /** How often partner retraction topics created since are looked for. */
  readonly discoverEveryMs: number;
}

/** Where withdrawal gets the releases and the subject index: the datasets module's services, adapted. */
export interface DatasetsWithdrawalModuleOptions {
  readonly withdrawal: DatasetsWithdrawalOptions;
  /** Modules exporting what the factories inject. */
  readonly imports?: ModuleMetadata['imports'];
  readonly releases: { readonly inject?: FactoryProvider['inject']; readonly useFactory: (...args: never[]) => ReleaseSupersession };
  readonly subjects: { readonly inject?: FactoryProvider['inject']; readonly useFactory: (...args: never[]) => SubjectEventsQuery };
  /** More providers (e.g. plugging the store into the builder's retracted-events registry). */
  readonly providers?: readonly Provider[];
}
