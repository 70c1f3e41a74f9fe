import type { Period } from '../reservation/period';

/** What a company asks of the city's data to run and validate its solution at the sites. */
export interface DataNeeds {
  /** FIWARE Alert categories (and our child-commute terms) the solution needs events of. */
  readonly categories: readonly string[];
  readonly description: string;
}

/** What a company applies for: its solution, at chosen sites, over a period, with its data needs. */
export interface ApplicationTerms {
  readonly applicationId: string;
  readonly companyId: string;
  readonly solution: { readonly solutionId: string; readonly version: string };
  readonly siteIds: readonly string[];
  readonly period: Period;
  readonly dataNeeds: DataNeeds;
}

/** What a completed demonstration links to: the dataset releases it used and the validation results it earned. */
export interface DemonstrationEvidence {
  readonly releaseIds: readonly string[];
  readonly resultIds: readonly string[];
}
