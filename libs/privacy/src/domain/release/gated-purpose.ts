/**
 * Purposes that need a legal basis beyond the one the data was collected under: training AI on the
 * events, and sharing them with partners abroad (GDPR Art. 6(4) and Chapter V; PIPA Art. 18 and 28-8).
 */
export const gatedPurposes = ['ai-training', 'cross-border-sharing'] as const;

/** A purpose the legal-basis gate decides on. */
export type GatedPurpose = (typeof gatedPurposes)[number];
