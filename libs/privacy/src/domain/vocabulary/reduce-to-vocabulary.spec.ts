import { reduceToVocabulary } from './reduce-to-vocabulary';
import { vocabularyPlaceholder as P } from './vocabulary-placeholder';

describe('reduceToVocabulary', () => {
  it('keeps domain words and numbers with a unit, and replaces names and bare numbers', () => {
    expect(reduceToVocabulary('Witness Emily Clark near the bridge, 3 people, 30 km/h, room 4521', ['en'], [])).toBe(
      `Witness ${P} near the bridge, 3 people, 30 km/h, ${P}`,
    );
  });

  it('strips Korean particles and endings before the lookup and keeps counters with their particle', () => {
    expect(reduceToVocabulary('도로에서 3명이 다쳤다. 한서윤 씨가 신고', ['ko'], [])).toBe(`도로에서 3명이 다쳤다. ${P} 신고`);
  });

  it('segments Japanese and Chinese with the segmenter', () => {
    expect(reduceToVocabulary('交差点付近で山田太郎さんが5分間倒れていた', ['ja'], [])).toBe(`交差点付近で${P}が5分間倒れていた`);
    expect(reduceToVocabulary('中央公園附近有車禍，黃佩珊受傷', ['zh-Hant'], [])).toBe(`中央公園附近有車禍,${P}受傷`);
  });

  it('removes an identifier even when it is spelt like vocabulary words', () => {
    expect(reduceToVocabulary('Pedestrian Park Ji-hoon near Central Park', ['en'], [])).not.toMatch(/Park Ji|Ji-hoon/);
    expect(reduceToVocabulary('the car is at the park', ['en'], [{ kind: 'address', value: 'the park' }])).toBe(`the car is at ${P}`);
  });

  it('never keeps the tail of a longer number because a unit follows it', () => {
    expect(reduceToVocabulary('call 010 1234 5678 m away', ['en'], [])).not.toMatch(/\d/);
    expect(reduceToVocabulary('plate B-1234 km', ['en'], [])).not.toMatch(/\d/);
  });

  it('reads through format characters and NFD, and collapses runs of placeholders', () => {
    const nfd = 'Fußgängerin auf der Straße'.normalize('NFD');
    expect(reduceToVocabulary(`${nfd}, Unfall an der Am\u200bpel, Kartoffelsalat Blumenkohl 7`, ['de'], [])).toBe(`Fußgängerin auf der Straße, Unfall an der Ampel, ${P}`);
  });

  it('replaces every word when no language is enabled', () => {
    expect(reduceToVocabulary('fire near the bridge', [], [])).toBe(P);
  });
});
