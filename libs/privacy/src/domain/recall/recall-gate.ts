import type { DescriptionLanguage } from '../vocabulary/description-language';
import type { GatedDescriptionMode } from './recall-thresholds';

// Written by `npm run privacy:recall -- --write` from the measured recall corpus; a spec re-measures it.

/** Languages whose every identifier kind reaches the recall threshold of each mode: the only ones a policy may enable. */
export const recallGate: Readonly<Record<GatedDescriptionMode, readonly DescriptionLanguage[]>> = {
  scrub: ['ko', 'ja', 'zh-Hant', 'es', 'ca', 'de', 'en'],
  vocabulary: ['ko', 'ja', 'zh-Hant', 'es', 'ca', 'de', 'en'],
};
