import type { SharingAgreement } from './replication-flow';

/** Whether an agreement counts at `now`: active, and its validity period (end exclusive) not yet over. */
export function isInForce(agreement: SharingAgreement, now: number): boolean {
  return agreement.status === 'active' && (agreement.validUntil === undefined || agreement.validUntil === null || now < agreement.validUntil);
}

/** The agreements that count at `now`, in the order given. */
export function agreementsInForceAt<A extends SharingAgreement>(agreements: readonly A[], now: number): readonly A[] {
  return agreements.filter((agreement) => isInForce(agreement, now));
}

/** The next moment an agreement in force stops counting by itself (its `validUntil`), with that agreement; null when none will. */
export function nextExpiryOf(agreements: readonly SharingAgreement[], now: number): { readonly at: number; readonly agreementId: string } | null {
  let next: { at: number; agreementId: string } | null = null;
  for (const agreement of agreementsInForceAt(agreements, now)) {
    const at = agreement.validUntil;
    if (at === undefined || at === null) continue;
    if (next === null || at < next.at) next = { at, agreementId: agreement.agreementId };
  }
  return next;
}
