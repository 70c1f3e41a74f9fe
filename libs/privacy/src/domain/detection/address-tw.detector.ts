import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';

// City and district then a road (路, 街, 大道) with an optional section (段), lane (巷), alley (弄),
// the number (號, 之 for sub-numbers) and floor (樓): 高雄市左營區自由二路296號10樓.
const numerals = '[\\d一二三四五六七八九十]';
const address = new RegExp(
  String.raw`\p{Script=Han}{1,16}(?:路|街|大道)(?:${numerals}{1,3}段)?(?:\d{1,4}巷)?(?:\d{1,4}弄)?\d{1,5}(?:之\d{1,3})?[號号](?:\d{1,3}[樓楼F](?:之\d{1,3})?)?`,
  'gu',
);

/** Taiwanese addresses (路/街/段/巷/弄/號/樓). */
export const addressTwDetector: IdentifierDetector = {
  kind: 'address-tw',
  detect: (text: string): TextRange[] => findMatches(address, text),
};
