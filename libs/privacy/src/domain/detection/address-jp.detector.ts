import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';

// The place names before the block (大阪市北区曽根崎) are kanji or katakana; 丁目 then the block and
// building numbers (19-13, 19番13号, 19番地13), or a 番地 address without 丁目.
const placeNames = String.raw`[\p{Script=Han}\p{Script=Katakana}ー々ヶ]{0,20}`;
const blockAndBuilding = String.raw`(?:\s?\d{1,4}(?:番地?|-)\s?\d{1,4}(?:号|-\d{1,4})?|\s?\d{1,4}番地?)?`;
const chome = new RegExp(String.raw`${placeNames}(?<!\d)\d{1,2}丁目${blockAndBuilding}(?!\d)`, 'gu');
const banchi = new RegExp(String.raw`${placeNames}(?<!\d)\d{1,4}番地(?:\s?\d{1,4}(?:号|-\d{1,4})?)?(?!\d)`, 'gu');
const banGo = new RegExp(String.raw`${placeNames}(?<!\d)\d{1,4}番\d{1,4}号(?!\d)`, 'gu');

/** Japanese addresses with 丁目, 番地 or 番…号 (`大阪市北区曽根崎1丁目19-13`). */
export const addressJpDetector: IdentifierDetector = {
  kind: 'address-jp',
  detect: (text: string): TextRange[] => [...findMatches(chome, text), ...findMatches(banchi, text), ...findMatches(banGo, text)],
};
