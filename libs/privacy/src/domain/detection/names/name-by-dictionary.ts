import { createPatternAutomaton } from '../aho-corasick';
import { findGroups, findMatches, matchIf } from '../find-matches';
import type { TextRange } from '../identifier-kind';
import {
  chineseGivenCharacters, chineseSurnames, japaneseGivenNames, japaneseSurnames, koreanCompoundSurnames,
  koreanGivenSyllables, koreanNotNames, koreanSurnames, latinGivenNames, latinSurnames, romanisedKoreanSurnames,
} from './name-lexicon';

// Korean: a surname and two given-name syllables, standing alone or before a particle.
const particle = '(?:이|가|는|은|를|을|의|에게|와|과|도|한테|께서|씨|님)';
const korean = new RegExp(
  String.raw`(?<![가-힣])((?:[${koreanSurnames}]|${koreanCompoundSurnames.join('|')})[${koreanGivenSyllables}]{2})(?=${particle}?(?![가-힣]))`,
  'gud',
);
// Romanised Korean: `Kim Min-su`, `Park Jihoon`, `Min-su Kim`; a given name of two romanised syllables.
const syllable = '(?:[bcdghjkmnprstwy]|ch|kk|tt|pp|ss|jj)?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)(?:ng|k|n|t|l|m|p)?';
const given = String.raw`[A-Z][a-z]{0,4}-[a-z]{2,5}|(?=[A-Z])(?:${syllable}){2}`;
const surnames = romanisedKoreanSurnames.join('|');
const romanised = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${surnames}) (?:${given})|(?:${given}) (?:${surnames}))(?![\p{L}])`,
  'giu',
);
const capitalisedWords = /^[A-Z][a-z-]* [A-Z][a-z-]*$/;
// Chinese: a surname and two given-name characters (高速道路 has none of them).
const chinese = new RegExp(String.raw`[${chineseSurnames}][${chineseGivenCharacters}]{2}`, 'gu');

const latinWords = [...latinSurnames, ...latinGivenNames];
const latinAutomaton = createPatternAutomaton(latinWords);
const surnameIndexes = new Set(latinSurnames.map((_, index) => index));
const japaneseAutomaton = createPatternAutomaton([...japaneseSurnames, ...japaneseGivenNames]);
// Latin names sit between non-Latin letters without a space in CJK text (`目擊者是Jordi Clark，`).
const letter = /\p{Script=Latin}/u;
const connectors = new Set([' ', ' i ', ' y ', ' de ', ' del ']);

// Latin names: runs of dictionary words side by side, two words at least, one of them a surname.
function latinNames(text: string): TextRange[] {
  const words = latinAutomaton
    .scan(text)
    .filter((hit) => !letter.test(text[hit.start - 1] ?? '') && !letter.test(text[hit.end] ?? ''));
  const names: TextRange[] = [];
  let run: { start: number; end: number; count: number; surname: boolean } | undefined;
  const close = (): void => {
    if (run && run.count >= 2 && run.surname) names.push({ start: run.start, end: run.end });
  };
  for (const word of words) {
    const surname = surnameIndexes.has(word.pattern);
    if (run && connectors.has(text.slice(run.end, word.start))) run = { ...run, end: word.end, count: run.count + 1, surname: run.surname || surname };
    else if (!run || word.start >= run.end) {
      close();
      run = { start: word.start, end: word.end, count: 1, surname };
    }
  }
  close();
  return names;
}

// Japanese names: a surname followed by a given name (山田太郎, 田中 裕子).
function japaneseNames(text: string): TextRange[] {
  const hits = japaneseAutomaton.scan(text);
  const givenStarts = new Map(hits.filter((hit) => hit.pattern >= japaneseSurnames.length).map((hit) => [hit.start, hit.end]));
  return hits.flatMap((hit) => {
    if (hit.pattern >= japaneseSurnames.length) return [];
    const end = givenStarts.get(hit.end) ?? (text[hit.end] === ' ' ? givenStarts.get(hit.end + 1) : undefined);
    return end === undefined ? [] : [{ start: hit.start, end }];
  });
}

/** Names written without any cue, found by surname and given-name dictionaries. */
export function findNamesByDictionary(text: string): TextRange[] {
  return [
    ...findGroups(korean, text, (name) => !koreanNotNames.has(name)),
    ...findMatches(romanised, text, matchIf((match) => capitalisedWords.test(match[0]))),
    ...findMatches(chinese, text),
    ...latinNames(text),
    ...japaneseNames(text),
  ];
}
