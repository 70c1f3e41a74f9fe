import { Inject, Injectable } from '@nestjs/common';
import type { CommandHandler } from '@usm/event-sourcing';
import { MeshError } from '@usm/errors';
import type { SiteFeatureCollection } from '../domain/query/site-geojson';
import { sitesAsGeoJson } from '../domain/query/site-geojson';
import type { SiteFilter } from '../domain/query/site-queries';
import type { RegisterSite } from '../domain/site/site.commands';
import { siteDecider } from '../domain/site/site.decider';
import { siteNotFound } from '../domain/site/site.errors';
import type { SiteProfile, SiteStatus, SiteView } from '../domain/site/site.model';
import type { CommandContext } from './command-context';
import { metadataOf } from './command-context';
import type { SiteRegistryReadModel, SitesMetrics } from './ports';
import { SITE_REGISTRY, SITES_COMMANDS, SITES_METRICS, SITES_OPTIONS } from './sites.tokens';
import { siteStreamOf } from './stream-ids';
import type { SitesRuntimeOptions } from './sites-runtime-options';

/** What an import did: sites newly registered, already registered alike, left out (another city), refused by the decider. */
export interface ImportReport {
  readonly registered: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly refused: readonly { readonly siteId: string; readonly code: string }[];
}

/** Registers imported sites (one stream per site, a few appends at a time) and answers registry queries. */
@Injectable()
export class SiteRegistryService {
  constructor(
    @Inject(SITES_COMMANDS) private readonly commands: CommandHandler,
    @Inject(SITE_REGISTRY) private readonly registry: SiteRegistryReadModel,
    @Inject(SITES_METRICS) private readonly metrics: SitesMetrics,
    @Inject(SITES_OPTIONS) private readonly options: SitesRuntimeOptions,
  ) {}

  async importSites(sites: readonly (SiteProfile & { status: SiteStatus })[], context: CommandContext, city?: string): Promise<ImportReport> {
    const wanted = city === undefined ? sites : sites.filter((site) => site.city === city);
    const counts = { registered: 0, unchanged: 0 };
    const refused: { siteId: string; code: string }[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let index = next++; index < wanted.length; index = next++) {
        const site = wanted[index] as SiteProfile & { status: SiteStatus };
        const command: RegisterSite = { type: 'RegisterSite', data: site, metadata: metadataOf(context, site.siteId) };
        try {
          const result = await this.commands.handleCommand(siteDecider, siteStreamOf(site.siteId), command);
          counts[result.status === 'unchanged' ? 'unchanged' : 'registered'] += 1;
        } catch (error) {
          if (!(error instanceof MeshError) || error.retriable) throw error;
          refused.push({ siteId: site.siteId, code: error.code });
        }
      }
    };
    await Promise.all(Array.from({ length: this.options.importConcurrency }, worker));
    this.metrics.imported(counts.registered);
    return { ...counts, skipped: sites.length - wanted.length, refused };
  }

  find(filter: SiteFilter): Promise<SiteView[]> {
    return this.registry.find(filter);
  }

  async findAsGeoJson(filter: SiteFilter): Promise<SiteFeatureCollection> {
    return sitesAsGeoJson(await this.registry.find(filter));
  }

  async site(siteId: string): Promise<SiteView & { reservations: Awaited<ReturnType<SiteRegistryReadModel['reservationsOf']>> }> {
    const site = await this.registry.get(siteId);
    if (!site) throw siteNotFound(siteId);
    return { ...site, reservations: await this.registry.reservationsOf(siteId) };
  }
}
