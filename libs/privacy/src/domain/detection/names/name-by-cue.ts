import { findGroups } from '../find-matches';
import type { TextRange } from '../identifier-kind';
import { cuesAfter, cuesBefore, notNames } from './name-cues';
import { chineseSurnames, japaneseSurnames, koreanCompoundSurnames, koreanGivenSyllables, koreanSurnames } from './name-lexicon';

// A name is the run of tokens next to a cue: capitalised Latin words (with de/del/i/y/von between
// surnames), two to four Hangul syllables, one to four Han characters, or katakana.
const latin = String.raw`[\p{Lu}][\p{Ll}'’\-]+(?: (?:de |del |i |y |van |von |zu )?[\p{Lu}][\p{Ll}'’\-]+){0,3}`;
// Hangul: the shortest run that a particle or the end of the word follows (`김민수가` is 김민수).
const hangul = '[가-힣]{2,4}?(?=(?:이고|이며|이라|이다|입니다|에게|한테|께서|로부터|이|가|는|은|를|을|의|와|과|도|씨|님)|(?![가-힣]))';
const han = String.raw`\p{Script=Han}{2,4}?(?=${cuesAfter.join('|')}|\P{Script=Han}|$)`;
const kana = String.raw`[\p{Script=Katakana}ー・]{2,12}`;

// A Latin role word ends where its word ends: `pedestrianOnRoad` holds no cue.
const latinCueEnd = String.raw`(?:(?<=\p{Script=Latin})(?!\p{Script=Latin})|(?<!\p{Script=Latin}))`;

const before = new RegExp(
  String.raw`(?<![\p{L}])(?:${cuesBefore.join('|')})${latinCueEnd}(?:の|は|が|是|為|는|은|가|이|인)?(?: ?[:：,] ?| )?(${latin}|${hangul}|${han}|${kana})`,
  'gud',
);
// A given name alone between a role word and an honorific (`通報者翔太様`).
const betweenCueAndHonorific = new RegExp(
  String.raw`(?<![\p{L}])(?:${cuesBefore.join('|')})${latinCueEnd}(?:の|は|が)?(\p{Script=Han}{1,4}?)(?=${cuesAfter.join('|')})`,
  'gud',
);
const after = new RegExp(
  String.raw`((?<![\p{L}])${latin}|(?<![가-힣])[가-힣]{2,4}|(?<!\p{Script=Han})\p{Script=Han}{1,4}|(?<![\p{Script=Katakana}ー])${kana}) ?(?:${cuesAfter.join('|')})`,
  'gud',
);

// One Han character before an honorific is a surname (王先生, 林さん), never a role word.
const acceptAfter = (name: string): boolean =>
  !notNames.has(name) && (name.length > 1 || chineseSurnames.includes(name));

const hangulWord = /^[가-힣]+$/u;

// After a Korean role word the next word is often a noun (`신고자 연락처는`): a Hangul name must start
// with a surname and hold at least one syllable common in given names.
function looksKorean(name: string): boolean {
  const surname = koreanCompoundSurnames.some((compound) => name.startsWith(compound)) ? 2 : koreanSurnames.includes(name[0] ?? '') ? 1 : 0;
  return surname > 0 && [...name.slice(surname)].some((syllable) => koreanGivenSyllables.includes(syllable));
}

const hanWord = /^\p{Script=Han}+$/u;

// After a role word a Han run is a name only when it starts with a surname (`民眾請改道` holds none).
const looksHan = (name: string): boolean =>
  chineseSurnames.includes(name[0] ?? '') || japaneseSurnames.some((surname) => name.startsWith(surname));

const acceptBefore = (name: string): boolean =>
  !notNames.has(name) && (hangulWord.test(name) ? looksKorean(name) : !hanWord.test(name) || looksHan(name));

/** Names announced by a role word before them or an honorific after them. */
export function findNamesByCue(text: string): TextRange[] {
  return [
    ...findGroups(before, text, acceptBefore),
    ...findGroups(betweenCueAndHonorific, text, (name) => !notNames.has(name)),
    ...findGroups(after, text, acceptAfter),
  ];
}
