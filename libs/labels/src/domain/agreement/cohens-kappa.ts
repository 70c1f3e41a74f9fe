import { agreementInputInvalid } from './agreement.errors';

/** Agreement beyond chance; `kappa` is null when chance agreement is 1 (both raters used one same label only). */
export interface KappaResult {
  readonly kappa: number | null;
  readonly observedAgreement: number;
  readonly expectedAgreement: number;
}

/** The share of each label in a list of answers. */
export function labelShares(labels: readonly string[]): Map<string, number> {
  const shares = new Map<string, number>();
  for (const label of labels) shares.set(label, (shares.get(label) ?? 0) + 1 / labels.length);
  return shares;
}

/**
 * Cohen's kappa for two raters who labelled the same items, `a[i]` and `b[i]` being their labels of item i:
 * κ = (pₒ − pₑ) / (1 − pₑ), pₒ the share of items they agree on, pₑ = Σₖ pₐ(k)·p_b(k) from each rater's own shares.
 */
export function cohensKappa(a: readonly string[], b: readonly string[]): KappaResult {
  if (a.length !== b.length) throw agreementInputInvalid('ratings', 'ratings.sameItems', 'both raters must label the same items');
  if (a.length === 0) throw agreementInputInvalid('ratings', 'ratings.nonEmpty', 'at least one item');
  const observedAgreement = a.filter((label, i) => label === b[i]).length / a.length;
  const sharesA = labelShares(a);
  const sharesB = labelShares(b);
  let expectedAgreement = 0;
  for (const [label, share] of sharesA) expectedAgreement += share * (sharesB.get(label) ?? 0);
  return { kappa: kappaOf(observedAgreement, expectedAgreement), observedAgreement, expectedAgreement };
}

/** κ from observed and chance agreement; undefined (null) when chance agreement is already perfect. */
export function kappaOf(observed: number, expected: number): number | null {
  return Math.abs(1 - expected) < 1e-12 ? null : (observed - expected) / (1 - expected);
}
