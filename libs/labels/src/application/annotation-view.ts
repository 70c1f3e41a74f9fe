import type { AnonymisedSafetyEvent } from '@usm/contracts';

/**
 * What an annotator or a model may see of an anonymised event: everything but the pseudonyms, which identify
 * nobody here yet would let a person link events of one reporter or vehicle. Kept and handed out in this form.
 */
export function annotationViewOf(event: AnonymisedSafetyEvent): AnonymisedSafetyEvent {
  return { ...event, reporterPseudonym: null, vehiclePseudonyms: [] };
}
