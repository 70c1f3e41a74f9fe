import { detectIdentifiers } from './detect-identifiers';

const found = (text: string) => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('e-mail addresses', () => {
  it.each([
    ['plain', 'minsu.kim@example.com'],
    ['with a tag', 'minsu+report@example.org'],
    ['upper case', 'MINSU@EXAMPLE.COM'],
    ['with a subdomain', 'hans@mail.stadt.example.de'],
    ['internationalised', '김민수@도메인.한국'],
    ['punycode', 'user@xn--3e0b707e.xn--3e0b707e'],
    ['obfuscated', 'kim [at] example [dot] org'],
    ['obfuscated with parentheses', 'kim(at)example(dot)org'],
    ['full-width at sign', 'yuki＠example.jp'],
    ['spaced', 'hong @ example.com'],
  ])('finds a %s address', (_, address) => {
    expect(found(`mail ${address} please`)).toEqual([['email', address]]);
  });

  it('ends an address at its top-level domain when a Korean particle follows', () => {
    expect(found('메일 hong@example.com으로 보내')).toEqual([['email', 'hong@example.com']]);
  });

  it('finds the address in a mailto: link', () => {
    expect(found('mailto:hong@example.com')).toEqual([['email', 'hong@example.com']]);
  });

  it.each([['an at sign alone', 'meet @ 5'], ['a handle', '@minsu'], ['a domain alone', 'example.com']])('ignores %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
