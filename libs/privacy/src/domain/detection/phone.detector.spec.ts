import { detectIdentifiers } from './detect-identifiers';

const found = (text: string) => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('phone numbers', () => {
  it.each([
    ['Korean mobile', '010-1234-5678'],
    ['Korean mobile, no separators', '01012345678'],
    ['Korean mobile, spaces', '010 1234 5678'],
    ['Korean mobile, dots', '010.1234.5678'],
    ['Korean mobile, spaced dashes', '010 - 1234 - 5678'],
    ['Seoul landline', '02-123-4567'],
    ['Gyeonggi landline', '031-123-4567'],
    ['Seoul landline, parenthesised area code', '(02) 123-4567'],
    ['Korean international', '+82 10 1234 5678'],
    ['Korean international with trunk zero kept', '+82 010-1234-5678'],
    ['Korean international, 00 prefix', '0082 10 1234 5678'],
    ['Spanish mobile', '612 345 678'],
    ['Spanish landline', '912 345 678'],
    ['Spanish landline 2-3-2-2', '93 123 45 67'],
    ['Spanish international', '+34 612 345 678'],
    ['German landline international', '+49 30 12345678'],
    ['German with (0)', '+49 (0)30 12345678'],
    ['German mobile', '0151 23456789'],
    ['German landline, slash', '089/1234567'],
    ['German landline, parenthesised', '(030) 12345678'],
    ['Japanese mobile', '090-1234-5678'],
    ['Japanese landline', '03-1234-5678'],
    ['Japanese international', '+81 3-1234-5678'],
    ['Japanese toll-free', '0120-123-456'],
    ['Taiwanese mobile', '0912-345-678'],
    ['Taiwanese landline', '(07) 234-5678'],
    ['Taiwanese international', '+886 2 2345 6789'],
    ['Chinese mobile', '138 1234 5678'],
    ['generic E.164', '+447911123456'],
    ['US E.164 with spaces', '+1 415 555 0123'],
    ['French international', '+33 6 12 34 56 78'],
  ])('finds a %s number', (_, number) => {
    expect(found(`tel ${number} end`)).toEqual([['phone', number]]);
  });

  it.each([
    ['a Korean particle', '010-1234-5678로 연락', '010-1234-5678'],
    ['Japanese text', '電話090-1234-5678まで', '090-1234-5678'],
    ['a full stop', 'Llame al 612 345 678.', '612 345 678'],
    ['a comma', 'tel 934 667 819, mail', '934 667 819'],
    ['full-width digits', '０９０－１２３４－５６７８', '０９０－１２３４－５６７８'],
    ['zero-width spaces between groups', '010\u200B1234\u200B5678', '010\u200B1234\u200B5678'],
    ['a tel: link', 'tel:+821012345678', '+821012345678'],
  ])('finds a number next to %s', (_, text, number) => {
    expect(found(text)).toEqual([['phone', number]]);
  });

  it('keeps a count written after an international number out of it', () => {
    expect(found('+82 10 1234 5678 3명')).toEqual([['phone', '+82 10 1234 5678']]);
  });

  it('drops groups typed after an international number until it fits E.164, rather than losing it', () => {
    expect(found('+81 6-5212-2848 3 2026')).toEqual([['phone', '+81 6-5212-2848']]);
  });

  it.each([
    ['a count', '3 people'],
    ['a year', 'in 2026'],
    ['an ISO date', '2026-11-21'],
    ['a European date', '21.11.2026'],
    ['a Korean date', '2026년 11월 21일'],
    ['a clock time', '15:30'],
    ['an amount in euros', '1.912 345 678,50 €'],
    ['a short national number', '02-1234'],
    ['a number too long for E.164', '+1234567890123456789'],
  ])('leaves %s alone', (_, text) => {
    expect(found(text).filter(([kind]) => kind === 'phone')).toEqual([]);
  });
});
