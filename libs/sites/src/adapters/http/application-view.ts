import type { ApplicationRow } from '../../domain/projection/applications.projection';

/** An application as the API answers it: the row, plus links site → solution → releases → validation results. */
export interface ApplicationView extends ApplicationRow {
  readonly links: {
    readonly sites: readonly { readonly siteId: string; readonly href: string; readonly reservationId: string | null }[];
    readonly solution: { readonly solutionId: string; readonly version: string };
    readonly releases: readonly { readonly releaseId: string }[];
    readonly results: readonly { readonly resultId: string }[];
  };
}

/** Ids only: the solution, releases and results live in other services, which this one never calls. */
export function applicationViewOf(row: ApplicationRow): ApplicationView {
  const reservationOf = (siteId: string) => row.reservations.find((held) => held.siteId === siteId)?.reservationId ?? null;
  return {
    ...row,
    links: {
      sites: row.terms.siteIds.map((siteId) => ({ siteId, href: `/v1/sites/${encodeURIComponent(siteId)}`, reservationId: reservationOf(siteId) })),
      solution: row.terms.solution,
      releases: row.evidence.releaseIds.map((releaseId) => ({ releaseId })),
      results: row.evidence.resultIds.map((resultId) => ({ resultId })),
    },
  };
}
