import { periodWithin } from '../reservation/period';
import type { Reservation } from '../reservation/reservation';
import type { ApplicationTerms } from './application.model';

/** Why a set of reservations does not schedule an application, or null when it does. */
export function reservationsMismatch(terms: ApplicationTerms, reservations: readonly Reservation[]): { rule: string; message: string } | null {
  const reservedSites = reservations.map((held) => held.siteId);
  const missing = terms.siteIds.filter((siteId) => !reservedSites.includes(siteId));
  if (missing.length > 0) return { rule: 'reservations.coverSites', message: `no reservation for site(s) ${missing.join(', ')}` };
  const extra = reservations.filter((held) => !terms.siteIds.includes(held.siteId) || held.applicationId !== terms.applicationId);
  if (extra.length > 0) return { rule: 'reservations.ofApplication', message: `reservation(s) ${extra.map((r) => r.reservationId).join(', ')} are not for this application's sites` };
  if (new Set(reservedSites).size !== reservedSites.length) return { rule: 'reservations.onePerSite', message: 'one reservation per site' };
  const outside = reservations.filter((held) => !periodWithin(held.period, terms.period));
  if (outside.length > 0) return { rule: 'reservations.withinPeriod', message: `reservation(s) ${outside.map((r) => r.reservationId).join(', ')} fall outside the applied period` };
  return null;
}
