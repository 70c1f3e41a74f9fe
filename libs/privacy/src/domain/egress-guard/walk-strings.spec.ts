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
});
