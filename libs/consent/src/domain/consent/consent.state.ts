import type { ConsentScope } from '@usm/contracts';
import type { ConsentGranted } from './consent.events';

/** What the subject agreed to, as last granted or renewed: the grant's own data. */
export type ConsentTerms = ConsentGranted['data'];

/** A consent's lifecycle: never granted, in force, withdrawn, or lapsed. */
export type ConsentState =
  | { readonly status: 'none' }
  | { readonly status: 'granted'; readonly terms: ConsentTerms }
  | { readonly status: 'revoked'; readonly terms: ConsentTerms; readonly revokedAt: number }
  | { readonly status: 'expired'; readonly terms: ConsentTerms; readonly expiredAt: number };

/** Whether a consent's expiry has been reached at `at` (epoch millis); null never expires. */
export function hasLapsed(expiresAt: number | null, at: number): boolean {
  return expiresAt !== null && at >= expiresAt;
}

/** Same scope, ignoring order and duplicates. */
export function sameScope(a: ConsentScope, b: ConsentScope): boolean {
  const sameSet = (x: readonly string[], y: readonly string[]): boolean =>
    new Set(x).size === new Set(y).size && x.every((item) => y.includes(item));
  return sameSet(a.sourceKinds, b.sourceKinds) && sameSet(a.categories, b.categories);
}
