import type { RecallItem } from './recall-item';
import { measureRecall, recallOf } from './measure-recall';

const item = (text: string, values: readonly string[], probes: readonly string[]): RecallItem => ({
  language: 'en', kind: 'name', format: 'test', obfuscation: 'none', text, values, known: [], probes,
});

describe('measureRecall', () => {
  // "Quorble" is no detector's business and no vocabulary word: scrub keeps it, vocabulary drops it.
  const measured = measureRecall([item('Witness Quorble saw smoke near the bridge.', ['Quorble'], ['the bridge'])]);

  it('counts an identifier left in the output, however re-typed, as a leak', () => {
    expect(measured.scrub.cells.map(recallOf)).toEqual([0]);
    expect(measured.scrub.passing).not.toContain('en');
    expect(measured.scrub.cells[0]?.leaks).toHaveLength(1);
  });

  it('counts it caught when no trace survives', () => {
    expect(measured.vocabulary.cells.map(recallOf)).toEqual([1]);
    expect(measured.vocabulary.passing).toContain('en');
  });

  it('counts probe words removed against precision', () => {
    const probed = measureRecall([item('Smoke near Quorblehall.', ['x@example.org'], ['Quorblehall'])]);
    expect(probed.scrub.precision).toEqual([{ language: 'en', words: 1, removed: 0 }]);
    expect(probed.vocabulary.precision).toEqual([{ language: 'en', words: 1, removed: 1 }]);
  });
});
