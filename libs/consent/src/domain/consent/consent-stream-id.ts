import type { DataPurpose } from '@usm/contracts';

/** Stream (and aggregate) id of a subject's consent for one purpose. */
export function consentStreamId(subjectId: string, purpose: DataPurpose): string {
  return `consent-${subjectId}-${purpose}`;
}
