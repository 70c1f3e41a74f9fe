import { descriptionLanguages } from '../vocabulary/description-language';
import { recallGate } from './recall-gate';
import { gatedDescriptionModes, recallThresholds } from './recall-thresholds';

describe('recallGate', () => {
  it('lists only known languages, once each', () => {
    for (const mode of gatedDescriptionModes) {
      expect(recallGate[mode].every((language) => descriptionLanguages.includes(language))).toBe(true);
      expect(new Set(recallGate[mode]).size).toBe(recallGate[mode].length);
    }
  });

  it('ships vocabulary mode for all seven languages', () => {
    expect([...recallGate.vocabulary].sort()).toEqual([...descriptionLanguages].sort());
  });

  it('asks more of vocabulary mode than of scrub', () => {
    expect(recallThresholds).toEqual({ scrub: 0.99, vocabulary: 0.999 });
  });
});
