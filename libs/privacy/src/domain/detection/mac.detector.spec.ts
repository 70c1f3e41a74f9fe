import { detectIdentifiers } from './detect-identifiers';

const found = (text: string) => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('MAC addresses', () => {
  it.each(['00:1A:2B:3C:4D:5E', '00-1a-2b-3c-4d-5e', '001a.2b3c.4d5e'])('finds %s', (address) => {
    expect(found(`device ${address} seen`)).toEqual([['mac', address]]);
  });

  it.each([['mixed separators', '00:1A-2B:3C:4D:5E'], ['five groups', '00:1A:2B:3C:4D']])('ignores %s', (_, text) => {
    expect(found(text).filter(([kind]) => kind === 'mac')).toEqual([]);
  });
});
