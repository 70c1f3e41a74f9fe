import { Injectable } from '@nestjs/common';
import type { Reservation } from '../domain/reservation/reservation';
import type { SiteView } from '../domain/site/site.model';
import type { SiteFeatureCollection } from '../domain/query/site-geojson';
import { sitesAsGeoJson } from '../domain/query/site-geojson';
import type { SiteFilter } from '../domain/query/site-queries';
import { querySites } from '../domain/query/site-queries';

/** Registry queries over the sites and reservations a read model holds, as JSON or GeoJSON. */
@Injectable()
export class SiteQueryService {
  find(sites: readonly SiteView[], filter: SiteFilter, reservations: readonly Reservation[] = []): SiteView[] {
    return querySites(sites, filter, reservations);
  }

  findAsGeoJson(sites: readonly SiteView[], filter: SiteFilter, reservations: readonly Reservation[] = []): SiteFeatureCollection {
    return sitesAsGeoJson(querySites(sites, filter, reservations));
  }
}
