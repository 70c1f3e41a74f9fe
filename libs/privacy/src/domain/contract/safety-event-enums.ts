import type { LegalBasis } from '@usm/contracts';

export type { AlertCategory, AlertSeverity, LegalBasis, SourceKind } from '@usm/contracts';

// Kept here rather than imported as a value: domain/ takes only types from @usm/contracts, whose
// runtime reads schema files. A spec checks the list against the generated symbols.
/** Every mesh.shared.LegalBasis symbol, in schema order. */
export const legalBases = ['consent', 'statute', 'publicTask', 'pseudonymisedResearch'] as const satisfies readonly LegalBasis[];
