import type { DomainCommand } from '@usm/event-sourcing';
import type { SiteProfile, SiteStatus } from './site.model';

/** Add a site to the city's registry, available unless said otherwise. */
export type RegisterSite = DomainCommand<'RegisterSite', SiteProfile & { readonly status: SiteStatus }>;

/** Move a live site between available and under maintenance. */
export type ChangeSiteStatus = DomainCommand<
  'ChangeSiteStatus',
  { readonly siteId: string; readonly status: SiteStatus; readonly reason: string }
>;

/** Take a site out of the registry for good. */
export type RetireSite = DomainCommand<'RetireSite', { readonly siteId: string; readonly reason: string }>;

export type SiteCommand = RegisterSite | ChangeSiteStatus | RetireSite;
