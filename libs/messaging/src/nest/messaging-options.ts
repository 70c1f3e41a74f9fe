import type { FactoryProvider, ModuleMetadata } from '@nestjs/common';
import type { KafkaConnection } from '../kafka/kafka-connection';
import type { RegistryCredentials } from '../registry/registry-credentials';

/** What `MessagingModule` needs: a city's brokers and registry, and who we are to both. */
export interface MessagingModuleOptions {
  /** Brokers and timings of the city's cluster; the client id comes from `clientId`. */
  readonly kafka: Omit<KafkaConnection, 'clientId'>;
  /** Base URL of the Confluent-compatible registry API, e.g. `http://127.0.0.1:18081/apis/ccompat/v7`. */
  readonly registryUrl: string;
  /** The identity-provider client the registry knows this service as (read-only); none for an open registry. */
  readonly registryCredentials?: RegistryCredentials;
  readonly clientId: string;
}

/** Options computed at boot, typically from the app's validated config. */
export interface MessagingModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  readonly inject?: FactoryProvider['inject'];
  readonly useFactory: (...args: never[]) => MessagingModuleOptions | Promise<MessagingModuleOptions>;
}
