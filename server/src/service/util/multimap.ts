// Maps from a key to a list of values, filled in place (copying the list on every add is quadratic for common keys).

export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
