/**
 * Caches the result of an async load per key. Concurrent callers share one in-flight load, and a
 * failed load is forgotten so the next caller tries again instead of inheriting an outage.
 */
export class PromiseCache<K, V> {
  private readonly entries = new Map<K, Promise<V>>();

  get(key: K, load: () => Promise<V>): Promise<V> {
    const cached = this.entries.get(key);
    if (cached) return cached;
    const pending = load();
    this.entries.set(key, pending);
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    return pending;
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
