// Small helpers on lists.

/** True when both lists hold the same items (by identity) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The list with no room to spare, for a short list grown by `push` that is kept for long (a list grown from empty
 * keeps room for some sixteen items: over tens of thousands of kept lists of one or two items, megabytes).
 */
export function keptCopy<T>(list: T[]): T[] {
  return list.length === 0 ? [] : list.slice();
}
