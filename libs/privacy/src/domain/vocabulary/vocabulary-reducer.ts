import type { DescriptionLanguage } from './description-language';
import { createUnitPattern } from './unit-pattern';
import { vocabularies } from './vocabularies';
import { vocabularyPlaceholder } from './vocabulary-placeholder';
import type { WordLookup } from './word-lookup';
import { createWordLookup } from './word-lookup';
import { wordSegmenterFor } from './word-segmenters';

/** The compiled vocabulary of a set of languages: lookup, unit pattern and segmenter, built once. */
export interface VocabularyReducer {
  readonly isWord: WordLookup;
  readonly unitPattern: RegExp | undefined;
  readonly segmenter: Intl.Segmenter;
}

const reducers = new Map<string, VocabularyReducer>();

/** The reducer of a language set, compiled on first use and cached (a city uses one or two sets). */
export function vocabularyReducerFor(languages: readonly DescriptionLanguage[]): VocabularyReducer {
  const key = [...new Set(languages)].sort().join('|');
  let reducer = reducers.get(key);
  if (reducer === undefined) {
    const chosen = [...new Set(languages)].map((language) => vocabularies[language]);
    reducer = { isWord: createWordLookup(chosen), unitPattern: createUnitPattern(chosen), segmenter: wordSegmenterFor(languages) };
    reducers.set(key, reducer);
  }
  return reducer;
}

// Punctuation that carries no identity; any other symbol is replaced like a word.
const keptPunctuation = /^[\s.,;:!?()'"“”‘’«»¿¡\-–—/、。，！？；：「」『』（）・]+$/u;

/** One segment of text with no number+unit in it, reduced: vocabulary words and plain punctuation stay. */
export function reduceSegment(reducer: VocabularyReducer, segment: Intl.SegmentData): string {
  if (segment.isWordLike === true) return reducer.isWord(segment.segment) ? segment.segment : vocabularyPlaceholder;
  return keptPunctuation.test(segment.segment) ? segment.segment : vocabularyPlaceholder;
}
