import { languagesBelowGate } from './languages-below-gate';
import { recallGate } from './recall-gate';

describe('languagesBelowGate', () => {
  const gate = { scrub: ['ko'], vocabulary: ['ko', 'en'] } as const;

  it('names the languages enabled below the gate of their mode', () => {
    expect(languagesBelowGate('scrub', ['ko', 'en', 'ja'], gate)).toEqual(['en', 'ja']);
    expect(languagesBelowGate('vocabulary', ['ko', 'en'], gate)).toEqual([]);
  });

  it('needs no gate for drop', () => {
    expect(languagesBelowGate('drop', ['ja', 'de'], gate)).toEqual([]);
  });

  it('uses the committed gate by default', () => {
    expect(languagesBelowGate('vocabulary', recallGate.vocabulary)).toEqual([]);
    expect(languagesBelowGate('vocabulary', ['fr'])).toEqual(['fr']);
  });
});
