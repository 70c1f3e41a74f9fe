/** What the subject index reads of an anonymised event (the rest is never decoded into it). */
export interface IndexedEventFields {
  readonly eventId: string;
  readonly city: string;
  readonly reporterPseudonym: string | null;
}

/** One entry of the local subject index: an own-city event and the keyed pseudonym of its reporter. */
export interface SubjectIndexEntry {
  readonly reporterPseudonym: string;
  readonly eventId: string;
}

/**
 * The subject index entries of some anonymised events of the city's own stream: those with a reporter, of this
 * city only. The pseudonym is keyed with this city's secret, the same one the consent ledger registers subjects
 * under, so a partner's pseudonyms (another key) would never match a consent here and are not indexed.
 */
export function subjectIndexEntriesOf(events: readonly IndexedEventFields[], ownCity: string): SubjectIndexEntry[] {
  return events
    .filter((e): e is IndexedEventFields & { reporterPseudonym: string } => e.city === ownCity && e.reporterPseudonym !== null && e.reporterPseudonym !== '')
    .map((e) => ({ reporterPseudonym: e.reporterPseudonym, eventId: e.eventId }));
}
