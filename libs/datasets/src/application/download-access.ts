import type { CompanyAgreement } from './company-agreements';
import { agreementCovering } from './company-agreements';
import type { ReleaseRecord } from './release-record';

/** Who asks for a file: city staff (may build releases), a company (its organisation id), or neither. */
export type Downloader = { readonly kind: 'staff' } | { readonly kind: 'company'; readonly companyId: string } | { readonly kind: 'other' };

/** The answer to a download request, before any byte is read. */
export type DownloadDecision =
  | { readonly kind: 'allowed'; readonly agreementId: string | null }
  | { readonly kind: 'not-available' }
  | { readonly kind: 'gone'; readonly supersededBy: string | null }
  | { readonly kind: 'forbidden'; readonly reason: string }
  | { readonly kind: 'agreements-not-ready' };

/**
 * A published release's files go to city staff, and to a company only under an agreement in force covering the
 * release's purpose and every source topic; a withdrawn or superseded release is gone (410) for everyone.
 */
export function decideDownload(record: ReleaseRecord, who: Downloader, agreements: { all(): Iterable<CompanyAgreement>; caughtUp: boolean }, now: number): DownloadDecision {
  if (record.status === 'withdrawn' || record.status === 'superseded') return { kind: 'gone', supersededBy: record.supersededBy };
  if (record.status !== 'published') return { kind: 'not-available' };
  if (who.kind === 'staff') return { kind: 'allowed', agreementId: null };
  if (who.kind === 'other') return { kind: 'forbidden', reason: 'only city staff and companies with an agreement download releases' };
  if (!agreements.caughtUp) return { kind: 'agreements-not-ready' };
  const topics = [...new Set(record.sources.map((s) => s.catalogTopic))];
  const agreement = agreementCovering(agreements.all(), who.companyId, { purpose: record.purpose, topics }, now);
  return agreement ? { kind: 'allowed', agreementId: agreement.agreementId } : { kind: 'forbidden', reason: `no active company agreement covers ${record.purpose} on ${topics.join(', ')}` };
}

/** Whether a caller may see a release in listings and the catalog (staff: all; a company: what it may download). */
export function maySee(record: ReleaseRecord, who: Downloader, agreements: { all(): Iterable<CompanyAgreement>; caughtUp: boolean }, now: number): boolean {
  return who.kind === 'staff' || decideDownload(record, who, agreements, now).kind === 'allowed';
}
