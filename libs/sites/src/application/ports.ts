import type { ApplicationRow } from '../domain/projection/applications.projection';
import type { Reservation } from '../domain/reservation/reservation';
import type { SiteFilter } from '../domain/query/site-queries';
import type { SiteView } from '../domain/site/site.model';

/** The site registry read model: queries by city, district, type, status and free period. */
export interface SiteRegistryReadModel {
  find(filter: SiteFilter): Promise<SiteView[]>;
  get(siteId: string): Promise<SiteView | undefined>;
  /** The given sites that exist and are not retired. */
  liveSiteIds(siteIds: readonly string[]): Promise<Set<string>>;
  /** Accepted reservations of a site. */
  reservationsOf(siteId: string): Promise<Reservation[]>;
}

/** The applications read model. */
export interface ApplicationReadModel {
  get(applicationId: string): Promise<ApplicationRow | undefined>;
  /** Applications of one company, or all when `companyId` is null; newest first. */
  list(companyId: string | null): Promise<ApplicationRow[]>;
}

/** Counts what the service did, for `/metrics`. */
export interface SitesMetrics {
  reservation(outcome: 'accepted' | 'refused'): void;
  conflict(): void;
  imported(count: number): void;
}

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  next(): string;
}
