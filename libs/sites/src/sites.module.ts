import { Module } from '@nestjs/common';
import { SiteImportService } from './application/site-import.service';
import { SiteQueryService } from './application/site-query.service';

/**
 * Demonstration sites and rolling applications. For now the pure services only: imports and registry queries;
 * the event store, projections and HTTP adapters come with apps/sites (issue 11).
 */
@Module({ providers: [SiteImportService, SiteQueryService], exports: [SiteImportService, SiteQueryService] })
export class SitesModule {}
