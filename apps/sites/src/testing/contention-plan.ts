/** One application of the contention run: which company, which of the contended sites, which period. */
export interface PlannedApplication {
  readonly company: string;
  readonly siteIds: readonly string[];
  readonly period: { readonly start: number; readonly end: number };
}

const day = 86_400_000;

/**
 * `count` applications over a few sites in early 2030: starts every 2 days over 40 days, 5 days long, so most overlap
 * several others on the same site; one in seven asks for two sites at once (a reservation saga across calendars).
 */
export function contentionPlan(count: number, siteIds: readonly string[], companies: readonly string[]): PlannedApplication[] {
  const origin = Date.UTC(2030, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const first = siteIds[i % siteIds.length] as string;
    const second = siteIds[(i + 1) % siteIds.length] as string;
    const start = origin + ((i * 7) % 20) * 2 * day;
    return { company: companies[i % companies.length] as string, siteIds: i % 7 === 0 ? [first, second] : [first], period: { start, end: start + 5 * day } };
  });
}
