import type { LanguageVocabulary } from './language-vocabulary';

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const longestFirst = (items: readonly string[]): string[] => [...new Set(items)].filter((item) => item !== '').sort((a, b) => b.length - a.length);

/**
 * One pattern for "a short number followed by an allowed unit" (`30 km/h`, `3명이`, `5分`), compiled
 * once per language set. The number may not continue a longer number or a Latin word (so the tail of
 * a phone number or a passport is never kept), has at most four integer digits, and a Latin unit must
 * end at a word boundary; a Korean unit may carry its particle.
 */
export function createUnitPattern(vocabularies: readonly LanguageVocabulary[]): RegExp | undefined {
  const units = longestFirst(vocabularies.flatMap((vocabulary) => vocabulary.units));
  if (units.length === 0) return undefined;
  const suffixes = longestFirst(vocabularies.flatMap((vocabulary) => vocabulary.suffixes).filter((suffix) => /^\p{Script=Hangul}+$/u.test(suffix)));
  const particle = suffixes.length === 0 ? '' : `(?:${suffixes.map(escaped).join('|')})?`;
  const number = String.raw`(?<![\p{Script=Latin}\p{N}\-+.:/_@#'])(?<!\p{N}[\s\-.,_()]{1,3})\p{Nd}{1,4}(?:[.,]\p{Nd}{1,2})?(?!\p{N}|[\-.,:/_]\p{N})`;
  return new RegExp(`${number} ?(?:${units.map(escaped).join('|')})${particle}(?![\\p{Script=Latin}\\p{N}])`, 'giu');
}
