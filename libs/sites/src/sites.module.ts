import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AUDIT_LOG } from '@usm/security';
import { ApplicationCommandsService } from './application/application-commands.service';
import { ApplicationQueriesService } from './application/application-queries.service';
import { ReservationScheduler } from './application/reservation-scheduler';
import { SiteImportService } from './application/site-import.service';
import { SiteQueryService } from './application/site-query.service';
import { SiteRegistryService } from './application/site-registry.service';
import { SITES_DATA_SOURCE } from './application/sites.tokens';
import { ApplicationsController } from './adapters/http/applications.controller';
import { SitesController } from './adapters/http/sites.controller';
import { SitesErrorFilter } from './adapters/http/sites-error.filter';
import { SitesHealth } from './adapters/sites-health.provider';
import { SitesLifecycle } from './adapters/sites-lifecycle.provider';
import { sitesProviders } from './sites.providers';
import type { SitesModuleOptions } from './sites.options';

/**
 * Demonstration sites and rolling applications. Imported as is: the pure import and query services. With
 * `forRoot`: the PostgreSQL event store (sites, one calendar per site, applications), read models kept in the
 * append's transaction, and the HTTP API. Needs `ObservabilityModule` in the app (health, metrics, logs).
 */
@Module({ providers: [SiteImportService, SiteQueryService], exports: [SiteImportService, SiteQueryService] })
export class SitesModule {
  static forRoot(options: SitesModuleOptions): DynamicModule {
    return {
      module: SitesModule,
      controllers: [SitesController, ApplicationsController],
      providers: [
        ...sitesProviders(options),
        SiteImportService,
        SiteQueryService,
        SiteRegistryService,
        ApplicationCommandsService,
        ApplicationQueriesService,
        ReservationScheduler,
        SitesHealth,
        SitesLifecycle,
        { provide: APP_FILTER, useClass: SitesErrorFilter },
      ],
      exports: [SiteImportService, SiteQueryService, SiteRegistryService, AUDIT_LOG, SITES_DATA_SOURCE],
    };
  }
}
