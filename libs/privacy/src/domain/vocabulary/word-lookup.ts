import type { LanguageVocabulary } from './language-vocabulary';

/** Whether a word (any case) is in a vocabulary. */
export type WordLookup = (word: string) => boolean;

// Suffixes are at most this many UTF-16 units long, so stripping costs a bounded number of set lookups.
const longestSuffix = 4;

function stripped(word: string, suffixes: ReadonlySet<string>): string[] {
  const stems: string[] = [];
  for (let length = 1; length <= longestSuffix && length < word.length; length++) {
    if (suffixes.has(word.slice(-length))) stems.push(word.slice(0, -length));
  }
  return stems;
}

/**
 * A lookup over the words of the given vocabularies. A word matches as written or after stripping one
 * or two particles/endings of its own language (`도로에서는` → `도로`), so bare inflected forms pass
 * while anything else, names included, does not.
 */
export function createWordLookup(vocabularies: readonly LanguageVocabulary[]): WordLookup {
  const tables = vocabularies.map((vocabulary) => ({
    words: new Set(vocabulary.words.filter((word) => word !== '')),
    suffixes: new Set(vocabulary.suffixes.filter((suffix) => suffix !== '' && suffix.length <= longestSuffix)),
  }));
  return (word) => {
    const lower = word.toLowerCase();
    return tables.some(({ words, suffixes }) =>
      words.has(lower) || stripped(lower, suffixes).some((stem) => words.has(stem) || stripped(stem, suffixes).some((inner) => words.has(inner))),
    );
  };
}
