import { PromiseCache } from './promise-cache';

describe('PromiseCache', () => {
  it('loads a key once and serves later callers from the cache', async () => {
    const cache = new PromiseCache<string, number>();
    const load = jest.fn(async () => 7);
    expect(await cache.get('a', load)).toBe(7);
    expect(await cache.get('a', load)).toBe(7);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shares one in-flight load between concurrent callers', async () => {
    const cache = new PromiseCache<string, number>();
    let resolve!: (value: number) => void;
    const load = jest.fn(() => new Promise<number>((r) => (resolve = r)));
    const both = Promise.all([cache.get('a', load), cache.get('a', load)]);
    resolve(3);
    expect(await both).toEqual([3, 3]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load so the next caller tries again', async () => {
    const cache = new PromiseCache<string, number>();
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await expect(cache.get('a', async () => 5)).resolves.toBe(5);
  });

  it('keeps keys apart and can forget one or all', async () => {
    const cache = new PromiseCache<string, number>();
    await cache.get('a', async () => 1);
    await cache.get('b', async () => 2);
    cache.delete('a');
    await expect(cache.get('a', async () => 10)).resolves.toBe(10);
    await expect(cache.get('b', async () => 20)).resolves.toBe(2);
    cache.clear();
    await expect(cache.get('b', async () => 20)).resolves.toBe(20);
  });
});
