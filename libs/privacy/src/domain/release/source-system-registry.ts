import type { LegalBasis, SourceKind } from '../contract/safety-event-enums';

/** A producing system as the city registered it: what it is, and which legal bases it may claim. */
export interface RegisteredSourceSystem {
  readonly kind: SourceKind;
  readonly legalBases: readonly LegalBasis[];
}

/** The city's register of source systems, by system id (`source.systemId` of raw events). */
export interface SourceSystemRegistry {
  readonly city: string;
  readonly systems: ReadonlyMap<string, RegisteredSourceSystem>;
}
