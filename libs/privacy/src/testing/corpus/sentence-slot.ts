/**
 * Where an identifier can stand in a report sentence. Sentence templates name slots (`{person}`,
 * `{contact}`…), and each identifier kind declares the slots it fits, so a new kind is embedded in the
 * existing sentences without editing them.
 */
export const sentenceSlots = ['person', 'contact', 'vehicle', 'place', 'document', 'payment', 'network', 'position', 'media'] as const;

/** One of sentenceSlots. */
export type SentenceSlot = (typeof sentenceSlots)[number];
