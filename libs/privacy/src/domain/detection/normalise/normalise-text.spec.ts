import fc from 'fast-check';
import { normaliseText, originalRangeOf } from './normalise-text';

const text = (value: string): string => normaliseText(value).text;

describe('normaliseText', () => {
  it.each([
    ['full-width forms', '０１０－１２３４', '010-1234'],
    ['Arabic-Indic digits', '٠١٠-١٢٣٤-٥٦٧٨', '010-1234-5678'],
    ['Devanagari digits', '९००१०१', '900101'],
    ['mathematical bold digits', '𝟎𝟏𝟎𝟏', '0101'],
    ['zero-width characters inside a number', '010\u200B1234\u200C5678', '01012345678'],
    ['bidi marks and a soft hyphen', '\u202A010\u200E-\u00AD1234\u202C', '010-1234'],
    ['decomposed Hangul', '\u1100\u1175\u11B7\u1106\u1175\u11AB\u1109\u116E', '김민수'],
    ['decomposed accents', 'Mu\u0308ller Garci\u0301a', 'Müller García'],
    ['two spaces between digit groups', '010  1234  5678', '010 1234 5678'],
    ['a dash with runs of spaces around it', '900101  -   1234567', '900101 - 1234567'],
    ['a dash stuck to one number', '0- 621', '0- 621'],
    ['an underscore between digits', '900101_1234567', '900101-1234567'],
    ['a run of dashes and dots between digits', '010--.1234', '010-1234'],
    ['a dot and a space between digits', '2. 612', '2. 612'],
    ['dash look-alikes', '010–1234−5678', '010-1234-5678'],
    ['a run of whitespace between words', 'a \t\n b', 'a b'],
  ])('maps %s', (_, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('keeps sentence punctuation after a link apart from the next word', () => {
    expect(text('example.com. Next')).toBe('example.com. Next');
  });

  it('keeps full-width sentence punctuation, which ends links in CJK text', () => {
    expect(text('a.mp4，然後')).toBe('a.mp4，然後');
  });

  it('maps every unit back to the original characters it came from', () => {
    const original = 'x \u1100\u1161 ٠١  2';
    const normalised = normaliseText(original);
    expect(normalised.text).toBe('x 가 01 2');
    expect(originalRangeOf(normalised, { start: 2, end: 3 })).toEqual({ start: 2, end: 4 });
    expect(originalRangeOf(normalised, { start: 4, end: 8 })).toEqual({ start: 5, end: 10 });
  });

  it('gives every unit an original range inside the text, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (a, b) => {
        const original = `${a}${b}`;
        const { text: normalised, starts, ends } = normaliseText(original);
        expect(starts).toHaveLength(normalised.length);
        expect(ends).toHaveLength(normalised.length);
        starts.forEach((start, index) => {
          expect(start).toBeLessThan(ends[index] as number);
          expect(ends[index]).toBeLessThanOrEqual(original.length);
          if (index > 0) expect(start).toBeGreaterThanOrEqual(starts[index - 1] as number);
        });
      }),
    );
  });

  it('leaves ASCII text without separator runs unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9@:,;!?()]*(?: [A-Za-z0-9@:,;!?()]+)*$/), (ascii) => {
        expect(text(ascii)).toBe(ascii);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (value) => expect(text(text(value))).toBe(text(value))));
  });
});
