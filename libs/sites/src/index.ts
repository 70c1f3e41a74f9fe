export * from './sites.module';
export { SiteImportService } from './application/site-import.service';
export { SiteQueryService } from './application/site-query.service';
export * from './domain/site/site.model';
export type { SiteCommand, RegisterSite, ChangeSiteStatus, RetireSite } from './domain/site/site.commands';
export type { SiteEvent, SiteRegistered, SiteStatusChanged, SiteRetired } from './domain/site/site.events';
export type { SiteState } from './domain/site/site.state';
export { siteDecider } from './domain/site/site.decider';
export { SiteErrorCode } from './domain/site/site.errors';
export { siteCellOf } from './domain/site/site-location';
export type { Period } from './domain/reservation/period';
export { periodsOverlap } from './domain/reservation/period';
export type { Reservation, RefusedReservation } from './domain/reservation/reservation';
export { allocateReservations, findReservationConflicts } from './domain/reservation/reservation';
export { ReservationConflictError, ReservationErrorCode } from './domain/reservation/reservation.errors';
export type {
  SiteCalendarCommand,
  SiteCalendarEvent,
  SiteCalendarState,
  ReserveSite,
  CancelSiteReservation,
  SiteReserved,
  SiteReservationCancelled,
} from './domain/reservation/site-calendar.decider';
export { siteCalendarDecider } from './domain/reservation/site-calendar.decider';
export type { ApplicationTerms, DataNeeds, DemonstrationEvidence } from './domain/application/application.model';
export type * from './domain/application/application.commands';
export type * from './domain/application/application.events';
export type { ApplicationState, ApplicationStatus } from './domain/application/application.state';
export { applicationDecider } from './domain/application/application.decider';
export { ApplicationErrorCode } from './domain/application/application.errors';
export type { ImportViolation } from './domain/import/site-import.errors';
export { SiteImportError, SiteImportErrorCode } from './domain/import/site-import.errors';
export { parseSitesCsv, siteCsvColumns } from './domain/import/sites-csv.parser';
export { parseSitesGeoJson } from './domain/import/sites-geojson.parser';
export type { SiteFilter } from './domain/query/site-queries';
export { querySites, countSitesByDistrict } from './domain/query/site-queries';
export type { SiteFeature, SiteFeatureCollection } from './domain/query/site-geojson';
export { siteAsFeature, sitesAsGeoJson } from './domain/query/site-geojson';
export { generateDemonstrationSites, FIXTURE_SEED } from './domain/fixture/demonstration-sites.generator';
export { DEMONSTRATION_SITES_FIXTURE, renderSitesFixture } from './domain/fixture/demonstration-sites.fixture';
export type { SitesModuleOptions } from './sites.options';
export { SiteRegistryService } from './application/site-registry.service';
export type { ImportReport } from './application/site-registry.service';
export { SITES_DATA_SOURCE } from './application/sites.tokens';
export { reservationIdOf } from './application/reservation-scheduler';
export { findSitesSql } from './adapters/postgres/postgres-site-registry';
export { serveSitesOpenApi, useSitesBodyParsers } from './adapters/http/sites-http';
export type { ApplicationRow } from './domain/projection/applications.projection';
