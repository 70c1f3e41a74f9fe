import { detectIdentifiers } from './detect-identifiers';

const found = (text: string) => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('resident registration numbers', () => {
  it.each([
    ['with a dash', '900101-1234567'],
    ['without a dash', '9001011234567'],
    ['born in the 2000s', '050315-4123456'],
    ['with spaces around the dash', '900101 - 1234567'],
    ['masked after the sex digit', '900101-1******'],
    ['with a full-width dash', '900101－1234567'],
  ])('finds one %s', (_, rrn) => {
    expect(found(`번호 ${rrn} 확인`)).toEqual([['rrn', rrn]]);
  });

  it('finds one pressed against Hangul', () => {
    expect(found('주민번호900101-1234567입니다')).toEqual([['rrn', '900101-1234567']]);
  });

  it.each([
    ['an impossible month', '901301-1234567'],
    ['an impossible day', '900132-1234567'],
    ['a longer number', '19900101-1234567'],
    ['too few serial digits', '900101-123456'],
  ])('ignores %s', (_, text) => {
    expect(found(text).filter(([kind]) => kind === 'rrn')).toEqual([]);
  });
});
