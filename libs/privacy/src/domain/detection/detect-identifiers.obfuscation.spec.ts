import fc from 'fast-check';
import { identifierArbitrary } from '../../testing/identifier-arbitraries';
import { detectIdentifiers } from './detect-identifiers';

const kindsIn = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

// The ways around the detectors listed in issue 8, each written as a reporter (or an attacker) would.
describe('detectIdentifiers on obfuscated identifiers', () => {
  it.each([
    ['two separators in a row', '010  1234  5678', 'phone'],
    ['dashes with runs of spaces', '010  -  1234   -  5678', 'phone'],
    ['a resident number with spaces around the dash', '900101  -  1234567', 'rrn'],
    ['zero-width spaces inside a number', '010\u200B1234\u200B5678', 'phone'],
    ['bidi controls inside a number', '\u202E010-1234-5678\u202C', 'phone'],
    ['a soft hyphen inside a number', '010\u00AD1234\u00AD5678', 'phone'],
    ['Arabic-Indic digits', '٠١٠-١٢٣٤-٥٦٧٨', 'phone'],
    ['full-width digits', '０１０－１２３４－５６７８', 'phone'],
    ['mathematical bold digits', '𝟎𝟏𝟎-𝟏𝟐𝟑𝟒-𝟓𝟔𝟕𝟖', 'phone'],
    ['a country code without +', '82 10 1234 5678', 'phone'],
    ['a Spanish country code without +', '34 612 345 678', 'phone'],
    ['the exchange in parentheses', '090(1234)5678', 'phone'],
    ['a resident number with an underscore', '900101_1234567', 'rrn'],
    ['a resident number with a dot', '900101.1234567', 'rrn'],
    ['a resident number with two spaces', '900101  1234567', 'rrn'],
    ['a card with double spaces', '4111  1111  1111  1111', 'card'],
    ['a lower-case German plate', 'hh-ab 1234', 'plate'],
    ['a dash-less Taiwanese plate', 'ABC 1234', 'plate'],
    ['an e-mail written with at and dot', 'minsu.kim at example dot com', 'email'],
    ['an e-mail written with (at) and (dot)', 'minsu.kim(at)example(dot)com', 'email'],
    ['an e-mail written with [at]', 'minsu.kim [at] example.com', 'email'],
    ['an e-mail written with arroba and punto', 'jordi arroba example punto es', 'email'],
    ['NFD Hangul name after a role word', '신고자 \u1100\u1175\u11B7\u1106\u1175\u11AB\u1109\u116E', 'name'],
    ['NFD accents in a name', 'Sra. Garci\u0301a Lo\u0301pez', 'name'],
    ['a given name alone before さん', '太郎さん', 'name'],
    ['a romanised Korean name', 'Kim Min-su', 'name'],
  ])('finds %s', (_, value, kind) => {
    expect(kindsIn(`» ${value} «`).map(([found]) => found)).toContain(kind);
  });

  it('maps a hit in NFD or invisible-laden text back to the original characters', () => {
    const text = 'tel 010\u200B1234\u200B5678 ok';
    expect(kindsIn(text)).toEqual([['phone', '010\u200B1234\u200B5678']]);
  });

  it('finds any corpus identifier with zero-width characters between its characters', () => {
    fc.assert(
      fc.property(identifierArbitrary(['phone', 'rrn', 'card', 'dni', 'iban', 'passport-kr', 'my-number']), (identifier) => {
        const hidden = Array.from(identifier.value).join('\u200B');
        const hits = detectIdentifiers(`at ${hidden} now`);
        expect(hits).toEqual([expect.objectContaining({ start: 3, end: 3 + hidden.length })]);
      }),
      { numRuns: 200 },
    );
  });

  it('finds any corpus phone, card or resident number written in Arabic-Indic digits', () => {
    const arabic = (value: string): string => value.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
    fc.assert(
      fc.property(identifierArbitrary(['phone', 'rrn', 'card']), (identifier) => {
        const value = arabic(identifier.value);
        expect(detectIdentifiers(`» ${value} «`)).toEqual([expect.objectContaining({ start: 2, end: 2 + value.length })]);
      }),
      { numRuns: 200 },
    );
  });
});
