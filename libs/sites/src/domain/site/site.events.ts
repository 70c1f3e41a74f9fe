import type { DomainEvent } from '@usm/event-sourcing';
import type { SiteProfile, SiteStatus } from './site.model';

/** A site entered the registry; `h3Cell` is its location's cell at SITE_H3_RESOLUTION. Times are epoch millis. */
export type SiteRegistered = DomainEvent<
  'SiteRegistered',
  SiteProfile & { readonly h3Cell: string; readonly status: SiteStatus; readonly registeredAt: number }
>;

export type SiteStatusChanged = DomainEvent<
  'SiteStatusChanged',
  { readonly siteId: string; readonly from: SiteStatus; readonly to: SiteStatus; readonly reason: string; readonly changedAt: number }
>;

export type SiteRetired = DomainEvent<'SiteRetired', { readonly siteId: string; readonly reason: string; readonly retiredAt: number }>;

export type SiteEvent = SiteRegistered | SiteStatusChanged | SiteRetired;
