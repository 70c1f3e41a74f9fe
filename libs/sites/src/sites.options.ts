import type { EventSourcingDatabaseOptions } from '@usm/event-sourcing';
import type { SitesRuntimeOptions } from './application/sites-runtime-options';

/** What `SitesModule.forRoot` needs: the database (as the `sites` role) and the tunables. No Kafka: see ADR 0022. */
export interface SitesModuleOptions extends Partial<SitesRuntimeOptions> {
  readonly database: Pick<EventSourcingDatabaseOptions, 'url' | 'schema' | 'poolSize' | 'applicationName'>;
}
