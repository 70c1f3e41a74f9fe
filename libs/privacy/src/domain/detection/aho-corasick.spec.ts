import fc from 'fast-check';
import { createPatternAutomaton } from './aho-corasick';

function naive(patterns: readonly string[], text: string): Array<[number, number, number]> {
  const hits: Array<[number, number, number]> = [];
  patterns.forEach((pattern, index) => {
    for (let at = text.indexOf(pattern); pattern !== '' && at >= 0; at = text.indexOf(pattern, at + 1)) hits.push([index, at, at + pattern.length]);
  });
  return hits.sort((a, b) => a[2] - b[2] || a[0] - b[0] || a[1] - b[1]);
}

describe('createPatternAutomaton', () => {
  it('finds overlapping and nested patterns in one pass', () => {
    const hits = createPatternAutomaton(['he', 'she', 'his', 'hers']).scan('ushers');
    expect(hits.map((hit) => [hit.pattern, hit.start, hit.end])).toEqual([[1, 1, 4], [0, 2, 4], [3, 2, 6]]);
  });

  it('finds patterns of any script, with UTF-16 offsets', () => {
    const hits = createPatternAutomaton(['김민수', '𝟎1']).scan('a 김민수 𝟎1');
    expect(hits.map((hit) => [hit.pattern, hit.start, hit.end])).toEqual([[0, 2, 5], [1, 6, 9]]);
  });

  it('finds exactly what indexOf finds, for any patterns and text', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ab]{1,4}$/), { maxLength: 6 }), fc.stringMatching(/^[abc]{0,30}$/), (patterns, text) => {
        const unique = [...new Set(patterns)];
        const hits = createPatternAutomaton(unique).scan(text).map((hit): [number, number, number] => [hit.pattern, hit.start, hit.end]);
        expect(hits.sort((a, b) => a[2] - b[2] || a[0] - b[0] || a[1] - b[1])).toEqual(naive(unique, text));
      }),
    );
  });

  it('finds nothing with no patterns', () => {
    expect(createPatternAutomaton([]).scan('anything')).toEqual([]);
  });
});
