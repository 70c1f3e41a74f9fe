import type { Period } from '../reservation/period';
import { periodsOverlap } from '../reservation/period';
import type { Reservation } from '../reservation/reservation';
import type { SiteType, SiteView } from '../site/site.model';

/** What a caller may filter the registry by; every given criterion must hold. */
export interface SiteFilter {
  readonly city?: string;
  readonly district?: string;
  readonly type?: SiteType;
  readonly status?: SiteView['status'];
  /** Only sites with no reservation overlapping this period (and not retired). */
  readonly freeDuring?: Period;
}

/** The sites matching a filter, in siteId order so answers are stable. */
export function querySites(sites: readonly SiteView[], filter: SiteFilter, reservations: readonly Reservation[] = []): SiteView[] {
  const busy = filter.freeDuring === undefined ? new Set<string>() : busySites(reservations, filter.freeDuring);
  return sites
    .filter(
      (site) =>
        (filter.city === undefined || site.city === filter.city) &&
        (filter.district === undefined || site.district === filter.district) &&
        (filter.type === undefined || site.type === filter.type) &&
        (filter.status === undefined || site.status === filter.status) &&
        (filter.freeDuring === undefined || (site.status !== 'retired' && !busy.has(site.siteId))),
    )
    .sort((a, b) => (a.siteId < b.siteId ? -1 : a.siteId > b.siteId ? 1 : 0));
}

function busySites(reservations: readonly Reservation[], period: Period): Set<string> {
  return new Set(reservations.filter((held) => periodsOverlap(held.period, period)).map((held) => held.siteId));
}

/** How many sites each district holds, for the registry's overview. */
export function countSitesByDistrict(sites: readonly SiteView[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const site of sites) counts[site.district] = (counts[site.district] ?? 0) + 1;
  return counts;
}
