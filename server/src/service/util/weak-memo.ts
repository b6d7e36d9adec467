// A value worked out once per key object and kept while the key lives: a WeakMap behind a function, for facts of
// objects that never change once made (parsed patterns, contexts, shares of a dialplan join).

/** `compute(key)` the first time `key` is asked about, the same value afterwards. `compute` never gives undefined. */
export function weakMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) kept.set(key, (value = compute(key)));
    return value;
  };
}
