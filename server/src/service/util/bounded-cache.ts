// A cache by value key (a name, a pattern body, a number) for what is worked out of the key alone and shared by every
// caller: forgotten all at once when it outgrows its limit, so a workspace of endless distinct names stays bounded.

export class BoundedCache<K, V> {
  private readonly kept = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The value kept for `key`, else `make(key)`, kept (`make` never gives undefined). */
  get(key: K, make: (key: K) => V): V {
    let value = this.kept.get(key);
    if (value === undefined) {
      if (this.kept.size > this.limit) this.kept.clear();
      this.kept.set(key, (value = make(key)));
    }
    return value;
  }

  /** The value kept for `key`, if any. */
  peek(key: K): V | undefined {
    return this.kept.get(key);
  }
}
