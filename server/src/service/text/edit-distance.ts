// Edit distance for "did you mean" suggestions, shared by every knowledge table.

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1.
 * With `max`, only the band of cells within `max` of the diagonal is computed and any distance above it comes back
 * as `max + 1`, so a pasted line of thousands of characters compared with hundreds of names stays cheap.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (Number.isFinite(max) && letterBound(a, b) > max) return max + 1;
  const cols = b.length + 1;
  const far = Number.isFinite(max) ? max + 1 : a.length + b.length + 1;
  const band = Number.isFinite(max) ? max : a.length + b.length;
  let before = new Array<number>(cols).fill(far);
  let previous = Array.from({ length: cols }, (_, j) => (j <= band ? j : far));
  let current = new Array<number>(cols).fill(far);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(cols - 1, i + band);
    current.fill(far, Math.max(0, from - 1 - 1), Math.min(cols, to + 2));
    current[0] = i <= band ? i : far;
    let rowMin = current[0];
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current[j] = Math.min(value, far);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[b.length];
  return distance > max ? max + 1 : distance;
}

/** Per character code below 128: how many more times it occurs in one string than in the other (scratch, kept zero). */
const counts = new Int32Array(128);

/**
 * A lower bound of the distance from the letters alone, with no table: each insertion or deletion changes the count
 * of one character by one, a substitution two counts, a swap none; so the distance is at least half the number of
 * characters the two strings do not share. 0 (no bound) when either string has a character past ASCII.
 */
function letterBound(a: string, b: string): number {
  let ascii = true;
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    if (code < 128) counts[code]++;
    else ascii = false;
  }
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i);
    if (code < 128) counts[code]--;
    else ascii = false;
  }
  let unshared = 0;
  for (let i = 0; i < a.length; i++) unshared += takeCount(a.charCodeAt(i));
  for (let i = 0; i < b.length; i++) unshared += takeCount(b.charCodeAt(i));
  return ascii ? Math.ceil(unshared / 2) : 0;
}

/** The absolute count left for a character code, which it then clears (each code is counted once). */
function takeCount(code: number): number {
  if (code >= 128) return 0;
  const left = Math.abs(counts[code]);
  counts[code] = 0;
  return left;
}
