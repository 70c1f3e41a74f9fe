import type { DescriptionLanguage } from '../../domain/vocabulary/description-language';
import type { SentenceSlot } from '../corpus/sentence-slot';
import { sentenceSlots } from '../corpus/sentence-slot';
import { eastAsianProbes, eastAsianTemplates } from './recall-templates-east';
import { westernProbes, westernTemplates } from './recall-templates-west';

/** A report sentence with one identifier slot. */
export interface RecallTemplate {
  readonly slot: SentenceSlot;
  readonly text: string;
}

const slotOf = (text: string): SentenceSlot => {
  const slot = sentenceSlots.find((candidate) => text.includes(`{${candidate}}`));
  if (slot === undefined) throw new Error(`template without an identifier slot: ${text}`);
  return slot;
};

const sentences: Readonly<Record<DescriptionLanguage, readonly string[]>> = { ...eastAsianTemplates, ...westernTemplates };

const withSlots = (texts: readonly string[]): RecallTemplate[] => texts.map((text) => ({ slot: slotOf(text), text }));

/** The templates of every language, with their slot. */
export const recallTemplates: Readonly<Record<DescriptionLanguage, readonly RecallTemplate[]>> = {
  ko: withSlots(sentences.ko), ja: withSlots(sentences.ja), 'zh-Hant': withSlots(sentences['zh-Hant']),
  es: withSlots(sentences.es), ca: withSlots(sentences.ca), de: withSlots(sentences.de), en: withSlots(sentences.en),
};

/** Ordinary phrases (landmarks, street furniture, numbers with units) that must survive, per language. */
export const precisionProbes: Readonly<Record<DescriptionLanguage, readonly string[]>> = { ...eastAsianProbes, ...westernProbes };
