import fc from 'fast-check';
import type { DescriptionLanguage } from './description-language';
import { descriptionLanguages } from './description-language';
import { reduceToVocabulary } from './reduce-to-vocabulary';
import { vocabularies } from './vocabularies';
import { vocabularyPlaceholder } from './vocabulary-placeholder';
import { createWordLookup } from './word-lookup';

const language = fc.constantFrom(...descriptionLanguages);
const pieces = (lang: DescriptionLanguage): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...vocabularies[lang].words.slice(0, 80)),
    fc.constantFrom('Park', 'Müller', '한서윤', '山田太郎', '黃佩珊', 'García', '010-1234-5678', 'M58739744', '\u200b', ' ', ', ', '。'),
    fc.integer({ min: 0, max: 99999 }).map(String),
    fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom(...vocabularies[lang].units)).map(([n, unit]) => `${n} ${unit}`),
    fc.string({ maxLength: 6 }),
  );
const text = language.chain((lang) => fc.tuple(fc.constant(lang), fc.array(pieces(lang), { maxLength: 12 }).map((parts) => parts.join(' '))));

// Independent of the reducer: strip kept number+unit spans, then every word left must be a vocabulary word.
function leftoverWords(output: string, lang: DescriptionLanguage): string[] {
  const isWord = createWordLookup([vocabularies[lang]]);
  const units = [...vocabularies[lang].units].sort((a, b) => b.length - a.length).map((unit) => unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const withoutUnits = output.split(vocabularyPlaceholder).join(' ').replace(new RegExp(`\\p{Nd}+(?:[.,]\\p{Nd}+)? ?(?:${units.join('|')})`, 'giu'), ' ');
  const segments = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(withoutUnits)];
  return segments.filter((segment) => segment.isWordLike === true && !isWord(segment.segment)).map((segment) => segment.segment);
}

describe('reduceToVocabulary (properties)', () => {
  it('leaves no word outside the vocabulary, its units and the placeholder', () => {
    fc.assert(fc.property(text, ([lang, input]) => {
      const output = reduceToVocabulary(input, [lang], []);
      expect(leftoverWords(output, lang)).toEqual([]);
      expect(output).not.toMatch(/Müller|한서윤|山田|黃佩珊|García|5678|58739744/);
    }), { numRuns: 300 });
  });

  it('is idempotent', () => {
    fc.assert(fc.property(text, ([lang, input]) => {
      const once = reduceToVocabulary(input, [lang], []);
      expect(reduceToVocabulary(once, [lang], [])).toBe(once);
    }), { numRuns: 300 });
  });
});
