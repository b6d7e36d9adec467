// Tables looked up by text from a config file: an object without a prototype, so a key such as `constructor` or
// `__proto__` finds nothing instead of something every object inherits.
export function lookupTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
