/** Tunables of the sites context, from the app's config. */
export interface SitesRuntimeOptions {
  /** Site registrations appended at once during an import. */
  readonly importConcurrency: number;
  /** Re-decisions of a reservation when another one won the calendar's version first. */
  readonly reservationRetries: number;
}
