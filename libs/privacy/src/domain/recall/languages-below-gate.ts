import type { DescriptionLanguage } from '../vocabulary/description-language';
import { recallGate } from './recall-gate';
import type { GatedDescriptionMode } from './recall-thresholds';
import { gatedDescriptionModes } from './recall-thresholds';

/** The committed gate's shape: passing languages per gated mode. */
export type RecallGate = Readonly<Record<GatedDescriptionMode, readonly DescriptionLanguage[]>>;

/**
 * The languages a policy enables for free text in `mode` that the recall gate does not pass; empty when
 * the choice may ship. `drop` (or any mode that lets no text cross) needs no gate.
 */
export function languagesBelowGate(mode: string, languages: readonly string[], gate: RecallGate = recallGate): string[] {
  const gated = gatedDescriptionModes.find((candidate) => candidate === mode);
  if (gated === undefined) return [];
  return languages.filter((language) => !gate[gated].some((passing) => passing === language));
}
