import { agreementInputInvalid } from './agreement.errors';
import type { KappaResult } from './cohens-kappa';
import { kappaOf } from './cohens-kappa';

/** A category-count table: `counts[i][j]` raters put subject i in category j; every row sums to the same n. */
export type RatingTable = readonly (readonly number[])[];

/** Builds the count table from each subject's answers, categories in first-seen order. */
export function ratingTableOf(answersPerSubject: readonly (readonly string[])[]): { categories: string[]; table: number[][] } {
  const categories = [...new Set(answersPerSubject.flat())];
  const table = answersPerSubject.map((answers) => categories.map((category) => answers.filter((a) => a === category).length));
  return { categories, table };
}

/**
 * Fleiss' kappa for N subjects each rated by the same number n ≥ 2 of raters (not necessarily the same people):
 * Pᵢ = (Σⱼ nᵢⱼ² − n) / (n(n − 1)), P̄ the mean of Pᵢ; pⱼ = Σᵢ nᵢⱼ / (N·n), P̄ₑ = Σⱼ pⱼ²; κ = (P̄ − P̄ₑ) / (1 − P̄ₑ).
 */
export function fleissKappaOfTable(table: RatingTable): KappaResult {
  if (table.length === 0) throw agreementInputInvalid('ratings', 'ratings.nonEmpty', 'at least one subject');
  const raters = table[0]?.reduce((sum, count) => sum + count, 0) ?? 0;
  if (raters < 2) throw agreementInputInvalid('ratings', 'ratings.atLeastTwoRaters', 'at least two ratings per subject');
  if (table.some((row) => row.reduce((sum, count) => sum + count, 0) !== raters)) {
    throw agreementInputInvalid('ratings', 'ratings.sameRaterCount', 'every subject needs the same number of ratings');
  }
  const perSubject = table.map((row) => (row.reduce((sum, count) => sum + count * count, 0) - raters) / (raters * (raters - 1)));
  const observedAgreement = perSubject.reduce((sum, p) => sum + p, 0) / table.length;
  const categories = table[0]?.length ?? 0;
  let expectedAgreement = 0;
  for (let j = 0; j < categories; j += 1) {
    const share = table.reduce((sum, row) => sum + (row[j] ?? 0), 0) / (table.length * raters);
    expectedAgreement += share * share;
  }
  return { kappa: kappaOf(observedAgreement, expectedAgreement), observedAgreement, expectedAgreement };
}

/** Fleiss' kappa from each subject's answers (labels), e.g. the answers of completed annotation tasks. */
export function fleissKappa(answersPerSubject: readonly (readonly string[])[]): KappaResult {
  return fleissKappaOfTable(ratingTableOf(answersPerSubject).table);
}
