import { walkStrings } from './walk-strings';

describe('walkStrings', () => {
  it('visits nested fields, array items, and both keys and values of maps, naming the top-level field', () => {
    const sites = walkStrings({ a: 'x', n: 3, nested: { b: ['y', null, { c: 'z' }] }, map: new Map([['k', 'v']]) });
    expect(sites).toEqual([
      { path: 'a', field: 'a', text: 'x' },
      { path: 'nested{}', field: 'nested', text: 'b' },
      { path: 'nested.b[]', field: 'nested', text: 'y' },
      { path: 'nested.b[]{}', field: 'nested', text: 'c' },
      { path: 'nested.b[].c', field: 'nested', text: 'z' },
      { path: 'map{}', field: 'map', text: 'k' },
      { path: 'map.k', field: 'map', text: 'v' },
    ]);
  });

  it('skips numbers, booleans, nulls and bytes', () => {
    expect(walkStrings({ n: 1, b: true, z: null, bytes: new Uint8Array([48, 49]) })).toEqual([]);
  });

  it('keeps only the sites the filter accepts, keys and values alike', () => {
    const seen: string[] = [];
    const sites = walkStrings({ a: 'x', map: new Map([['k', 'v']]), list: ['y'] }, (path, text) => {
      seen.push(`${path}=${text}`);
      return text !== 'x' && path !== 'map{}';
    });
    expect(seen).toEqual(['a=x', 'map{}=k', 'map.k=v', 'list[]=y']);
    expect(sites).toEqual([
      { path: 'map.k', field: 'map', text: 'v' },
      { path: 'list[]', field: 'list', text: 'y' },
    ]);
  });
});
