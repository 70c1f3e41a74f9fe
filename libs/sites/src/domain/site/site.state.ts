import type { SiteStatus, SiteView } from './site.model';

/** A site still in the registry: available or under maintenance. */
export type LiveSite = SiteView & { readonly status: SiteStatus };

/** A site's lifecycle: unknown, live (available or under maintenance), or retired for good. */
export type SiteState =
  | { readonly status: 'none' }
  | { readonly status: 'live'; readonly site: LiveSite }
  | { readonly status: 'retired'; readonly site: SiteView };
