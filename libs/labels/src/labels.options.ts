import type { EventSourcingDatabaseOptions } from '@usm/event-sourcing';
import type { KafkaConnection, RegistryCredentials } from '@usm/messaging';

/** What the labels context needs from its app. */
export interface LabelsModuleOptions {
  readonly city: string;
  readonly database: Omit<EventSourcingDatabaseOptions, 'migrations' | 'entities'>;
  /** The city's cluster as the `labels` principal. */
  readonly kafka: KafkaConnection;
  readonly registryUrl: string;
  readonly registryCredentials?: RegistryCredentials;
  /** The city's rule set, YAML (parsed at boot; a broken rule set stops the service, naming every problem). */
  readonly ruleSetYaml: string;
  /** Base URL of the validation service (solution registry); model labels are refused while unset. */
  readonly validationUrl?: string;
  /** Empty in production; a test run's prefix of every catalog topic name. */
  readonly topicPrefix: string;
  /** Consumer group of the anonymised events, within the principal's `<city>-labels*` groups. */
  readonly groupId: string;
  readonly healthTimeoutMs?: number;
}
