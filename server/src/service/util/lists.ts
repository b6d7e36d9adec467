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

/**
 * How many items two lists share at their start (`head`), and after those at their end (`tail`), compared with
 * `same` (identity when not given): what differs between them lies between the two. The ends never overlap.
 */
export function commonEnds<T>(before: readonly T[], now: readonly T[], same?: (a: T, b: T) => boolean): { head: number; tail: number } {
  const most = Math.min(before.length, now.length);
  let head = 0;
  let tail = 0;
  if (same === undefined) {
    while (head < most && before[head] === now[head]) head++;
    while (head + tail < most && before[before.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
  } else {
    while (head < most && same(now[head], before[head])) head++;
    while (head + tail < most && same(now[now.length - 1 - tail], before[before.length - 1 - tail])) tail++;
  }
  return { head, tail };
}
