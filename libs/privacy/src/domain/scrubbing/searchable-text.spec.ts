import { findCore, searchableText, searchCoreOf } from './searchable-text';

const matches = (value: string, text: string): string[] => {
  const core = searchCoreOf(value);
  return core === undefined ? [] : findCore(searchableText(text), core).map((range) => text.slice(range.start, range.end));
};

describe('separator- and case-insensitive search', () => {
  it('finds digits with any separators or none', () => {
    expect(matches('010-1234-5678', 'a 01012345678 b 010 1234 5678 c 010.1234.5678 d (010) 1234-5678')).toEqual([
      '01012345678',
      '010 1234 5678',
      '010.1234.5678',
      '010) 1234-5678',
    ]);
  });

  it('finds plates without their spaces and in any case', () => {
    expect(matches('12가 3456', 'x 12가3456 y')).toEqual(['12가3456']);
    expect(matches('B-AB 1234', 'x bab1234 y')).toEqual(['bab1234']);
  });

  it('finds e-mails in any case', () => {
    expect(matches('Hong@Example.com', 'to HONG@EXAMPLE.COM')).toEqual(['HONG@EXAMPLE.COM']);
  });

  it('does not find digits inside a longer number', () => {
    expect(matches('1234 5678', '912345678 or 123456789')).toEqual([]);
  });

  it('finds digits after a separator even when a digit comes before it', () => {
    expect(matches('010-1234-5678', '5-010-1234-5678')).toEqual(['010-1234-5678']);
  });

  it('does not find a Latin name inside a word', () => {
    expect(matches('Li', 'Olive, Li, Lily')).toEqual(['Li']);
  });

  it('finds a Hangul name before a particle', () => {
    expect(matches('김민수', '김민수가')).toEqual(['김민수']);
  });

  it('maps ranges back across characters that lower-case to two', () => {
    expect(matches('İstanbul', 'in İSTANBUL today')).toEqual(['İSTANBUL']);
  });

  it('keeps ranges right around astral characters', () => {
    expect(matches('hong@example.com', '😀 hong@example.com 😀')).toEqual(['hong@example.com']);
  });

  it.each([['an empty value', ''], ['one letter', 'a'], ['three digits', '123'], ['separators only', ' - ']])('refuses %s', (_, value) => {
    expect(searchCoreOf(value)).toBeUndefined();
  });
});
