import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GatedDescriptionMode } from '../../libs/privacy/src/domain/recall/recall-thresholds';
import type { DescriptionLanguage } from '../../libs/privacy/src/domain/vocabulary/description-language';

const gateFile = join(__dirname, '../../libs/privacy/src/domain/recall/recall-gate.ts');
const list = (languages: readonly DescriptionLanguage[]): string => `[${languages.map((language) => `'${language}'`).join(', ')}]`;

/** Rewrites the committed gate with the languages that passed this measurement. */
export function writeRecallGate(passing: Readonly<Record<GatedDescriptionMode, readonly DescriptionLanguage[]>>): string {
  writeFileSync(gateFile, `import type { DescriptionLanguage } from '../vocabulary/description-language';
import type { GatedDescriptionMode } from './recall-thresholds';

// Written by \`npm run privacy:recall -- --write\` from the measured recall corpus; a spec re-measures it.

/** Languages whose every identifier kind reaches the recall threshold of each mode: the only ones a policy may enable. */
export const recallGate: Readonly<Record<GatedDescriptionMode, readonly DescriptionLanguage[]>> = {
  scrub: ${list(passing.scrub)},
  vocabulary: ${list(passing.vocabulary)},
};
`);
  return gateFile;
}
