import { descriptionLanguages } from './description-language';
import { vocabularies } from './vocabularies';
import { createWordLookup } from './word-lookup';

describe('vocabularies', () => {
  it.each(descriptionLanguages)('%s holds a few hundred lower-case NFKC terms and no digits', (language) => {
    const { words, units } = vocabularies[language];
    expect(words.length).toBeGreaterThanOrEqual(250);
    expect([...words, ...units].filter((term) => term !== term.toLowerCase() || term !== term.normalize('NFKC') || /\p{Nd}/u.test(term))).toEqual([]);
  });

  it('matches Korean stems under one or two particles and endings, and nothing else', () => {
    const isWord = createWordLookup([vocabularies.ko]);
    expect(['도로에서', '도로에서는', '사고가', '화재로', '발생했다', '보행자들이'].filter((word) => !isWord(word))).toEqual([]);
    expect(['한서윤', '김민수', '인하로', '송도동'].filter(isWord)).toEqual([]);
  });

  it('matches any case but only whole words', () => {
    const isWord = createWordLookup([vocabularies.de, vocabularies.en]);
    expect(['Straße', 'AMPEL', 'Bridge'].every(isWord)).toBe(true);
    expect(['Ampelmann', 'Müller', 'Bridgewater'].some(isWord)).toBe(false);
  });
});
