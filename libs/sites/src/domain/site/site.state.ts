import type { SiteView } from './site.model';

/** A site's lifecycle: unknown, live (available or under maintenance), or retired for good. */
export type SiteState =
  | { readonly status: 'none' }
  | { readonly status: 'live'; readonly site: SiteView }
  | { readonly status: 'retired'; readonly site: SiteView };
