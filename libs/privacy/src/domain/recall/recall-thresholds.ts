/** The free-text modes that let text cross (the third, `drop`, needs no gate). */
export const gatedDescriptionModes = ['scrub', 'vocabulary'] as const;

/** One of gatedDescriptionModes. */
export type GatedDescriptionMode = (typeof gatedDescriptionModes)[number];

/** Minimum recall, for every identifier kind of a language, for the language to pass the gate in a mode. */
export const recallThresholds: Readonly<Record<GatedDescriptionMode, number>> = { scrub: 0.99, vocabulary: 0.999 };
