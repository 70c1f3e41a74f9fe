import { detectIdentifiers } from './detect-identifiers';

const found = (text: string) => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('payment cards', () => {
  it.each([
    ['Visa, spaced', '4111 1111 1111 1111'],
    ['Visa, dashed', '4111-1111-1111-1111'],
    ['Visa, plain', '4111111111111111'],
    ['Amex', '3782 822463 10005'],
    ['Mastercard', '5555 5555 5555 4444'],
    ['19 digits', '6250 9410 0652 8599 834'],
    ['an IMEI (15 digits, Luhn)', '490154203237518'],
  ])('finds a %s number', (_, card) => {
    expect(found(`card ${card} lost`)).toEqual([['card', card]]);
  });

  it('finds a card preceded by another number in the same run', () => {
    expect(found('ref 7 4111 1111 1111 1111 ok')).toEqual([['card', expect.stringContaining('4111 1111 1111 1111')]]);
  });

  it.each([
    ['a number that fails Luhn', '4111 1111 1111 1112'],
    ['twelve digits', '4111 1111 1111'],
    ['an amount', '1,234,567'],
    ['twenty contiguous digits', '41111111111111111111'],
  ])('ignores %s', (_, text) => {
    expect(found(text).filter(([kind]) => kind === 'card')).toEqual([]);
  });
});
