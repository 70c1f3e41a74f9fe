import type { AlertCategory, DataPurpose, LegalBasis, SourceKind } from '@usm/contracts';
import type { ConsentView } from '../consent/consent-view';

/**
 * Purposes each non-consent basis covers without asking the subject. Statute and public task cover the
 * city's own safety operations and official statistics (GDPR Art. 6(1)(c),(e); PIPA Art. 15(1)2,3);
 * pseudonymised data may be used without consent for statistics and scientific research only (GDPR
 * Art. 89, PIPA Art. 28-2), and may be shared with research partners abroad under the same articles
 * (ADR 0007; whether a transfer may go to a given jurisdiction is the agreements' business, not this
 * policy's). AI training and validation always need the subject's consent.
 */
export const purposesWithoutConsent: Readonly<Record<Exclude<LegalBasis, 'consent'>, readonly DataPurpose[]>> = {
  statute: ['operationalSafety', 'statistics'],
  publicTask: ['operationalSafety', 'statistics'],
  pseudonymisedResearch: ['statistics', 'research', 'crossBorderSharing'],
};

/** What a processing request is about; the source kind and category, when given, must be in the consent's scope. */
export interface ProcessingContext {
  readonly subjectId: string | null;
  readonly at: Date;
  readonly sourceKind?: SourceKind;
  readonly category?: AlertCategory;
}

/**
 * Whether processing for `purpose` under `basis` is lawful. Under `consent` it needs the subject's consent
 * for that purpose, in force at `context.at`, given on the consent basis and covering the event's kind;
 * with no subject there is no consent to find, so the answer is no.
 */
export function isProcessingLawful(basis: LegalBasis, purpose: DataPurpose, context: ProcessingContext, consent: ConsentView | null): boolean {
  if (basis !== 'consent') return purposesWithoutConsent[basis].includes(purpose);
  if (context.subjectId === null || consent === null) return false;
  if (consent.status !== 'granted' || consent.legalBasis !== 'consent' || consent.purpose !== purpose) return false;
  const { sourceKind, category } = context;
  const scope = consent.scope;
  if (scope === null) return false;
  return (sourceKind === undefined || scope.sourceKinds.includes(sourceKind)) && (category === undefined || scope.categories.includes(category));
}
