// How pbx.c orders and matches extensions: each pattern position's sort score and character set
// (`ext_cmp_pattern_pos`), the order two extensions are tried in (`ext_cmp`: exact names first), and whether a
// dialed string matches an extension (`_extension_match_core`).
import { withoutBlanks } from "../text/blanks";
import { BoundedCache } from "../util/bounded-cache";

export interface SortPosition {
  score: number;
  /**
   * The characters the position accepts (codes masked to 8 bits as pbx.c does), ascending, one char each: the
   * compact form of pbx.c's 256-bit set. Empty for the end marker, `.`, `!` and an unterminated `[`.
   */
  chars: string;
  /** The position's part of a `patternKey`: its score in base 36, `:`, its characters (made once per shared position). */
  keyPart: string;
}

/**
 * Identity of a pattern: two patterns with the same key are one extension for Asterisk. Each position is its score
 * (in base 36) and its characters; the score's count says how many characters follow, so the key is unambiguous.
 */
export function patternKey(positions: SortPosition[]): string {
  let key = "_";
  for (const p of positions) key += p.keyPart;
  return key;
}

const positionCache = new BoundedCache<string, SortPosition[]>(20000);

/** The position scores pbx.c's `ext_cmp_pattern_pos` gives a pattern body, end marker included (memoised). */
export function sortPositions(body: string): SortPosition[] {
  return positionCache.get(body, computeSortPositions);
}

const namePositions = new BoundedCache<string, SortPosition[]>(20000);

/**
 * `sortPositions` of a whole `_pattern`, memoised by the name itself: a sort compares the same names again and again,
 * and a name string keeps its hash, where a new `slice(1)` per comparison would be hashed anew each time.
 */
function patternPositions(name: string): SortPosition[] {
  return namePositions.get(name, positionsOfName);
}

function positionsOfName(name: string): SortPosition[] {
  return sortPositions(name.slice(1));
}

/** Scratch set of one position (reset after each use): which of the 256 character codes it accepts. */
const seen = new Uint8Array(256);
const CLASS_CODES: Record<"X" | "N" | "Z", string> = { X: "0123456789", N: "23456789", Z: "123456789" };

function computeSortPositions(body: string): SortPosition[] {
  const result: SortPosition[] = [];
  let i = 0;
  for (;;) {
    let score = 0;
    let chars = "";
    let shared: SortPosition | undefined;
    for (;;) {
      while (i < body.length && body[i] === "-") i++;
      if (i >= body.length) {
        score = 0x30000;
        break;
      }
      const c = body[i++];
      const code = c.charCodeAt(0) & 0xff;
      const upper = c === "n" || c === "x" || c === "z" ? c.toUpperCase() : c;
      if (upper === "N" || upper === "X" || upper === "Z") {
        shared = CLASS_POSITIONS[upper];
        break;
      }
      if (c === ".") {
        score = 0x18000;
        break;
      }
      if (c === "!") {
        score = 0x28000;
        break;
      }
      if (c !== "[") {
        chars = String.fromCharCode(code);
        score = 0x100 | code;
        break;
      }
      const end = body.indexOf("]", i);
      if (end < 0) {
        score = 0x40000;
        break;
      }
      let count = 0;
      let cmin = 0xff;
      for (; i < end; i++) {
        let c1 = body.charCodeAt(i) & 0xff;
        let c2 = c1;
        if (i + 2 < end && body[i + 1] === "-") {
          c2 = body.charCodeAt(i + 2) & 0xff;
          i += 2;
        }
        if (c1 < cmin) cmin = c1;
        for (; c1 <= c2; c1++) {
          if (seen[c1] === 0) {
            seen[c1] = 1;
            count++;
          }
        }
      }
      i = end + 1;
      if (count > 0) {
        for (let code = 0; code < 256; code++) {
          if (seen[code] === 0) continue;
          seen[code] = 0;
          chars += String.fromCharCode(code);
        }
        score = (count << 8) | cmin;
        break;
      }
    }
    result.push(shared ?? positionOf(score, chars));
    if (score === 0x30000 || score === 0x40000) return result;
  }
}

/**
 * Positions are shared: one object per score and characters (a few hundred kinds in a large dialplan), where one per
 * position of every memoised pattern came to 2.7 MB over the bench's 76k lines.
 */
const positions = new BoundedCache<string | number, SortPosition>(20000);

function positionOf(score: number, chars: string): SortPosition {
  // A number for no character or one (codes are below 256), a string for more.
  const key = chars.length <= 1 ? score * 512 + (chars.length === 0 ? 256 : chars.charCodeAt(0)) : score + ":" + chars;
  return positions.get(key, () => newPosition(score, chars));
}

function newPosition(score: number, chars: string): SortPosition {
  return { score, chars, keyPart: score.toString(36) + ":" + chars };
}

/** `X`, `N` and `Z`: a position each, made once (the most common positions of a pattern, after single digits). */
const CLASS_POSITIONS: Record<"X" | "N" | "Z", SortPosition> = {
  X: classPosition(CLASS_CODES.X),
  N: classPosition(CLASS_CODES.N),
  Z: classPosition(CLASS_CODES.Z),
};

function classPosition(chars: string): SortPosition {
  return newPosition((chars.length << 8) | chars.charCodeAt(0), chars);
}

/**
 * pbx.c compares two positions' 256-bit sets as numbers with the lowest character in the most significant bit:
 * the set holding the lowest character that only one of them holds sorts first (negative: `a` first).
 */
function compareSets(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length > b.length ? -1 : 1;
}

/** Compares two names as pbx.c does, `-` ignored: read past in place (no copies without them, per comparison). */
function compareExact(left: string, right: string): number {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < left.length && left.charCodeAt(i) === 45 /* - */) i++;
    while (j < right.length && right.charCodeAt(j) === 45 /* - */) j++;
    const ca = i < left.length ? left.charCodeAt(i) : 0;
    const cb = j < right.length ? right.charCodeAt(j) : 0;
    if (ca !== cb) return ca - cb;
    if (ca === 0) return 0;
    i++;
    j++;
  }
}

/** pbx.c `ext_cmp`: negative when `left` sorts (and is tried) before `right`. */
export function compareExtensions(left: string, right: string): number {
  const lp = left.startsWith("_");
  const rp = right.startsWith("_");
  if (!lp) return rp ? -1 : compareExact(left, right);
  if (!rp) return 1;
  return comparePositions(patternPositions(left), patternPositions(right));
}

/** An extension name with its sort positions looked up once (undefined: an exact name), for `inTryOrder`. */
interface Ordered<T> {
  item: T;
  name: string;
  positions: SortPosition[] | undefined;
}

/**
 * `items` sorted as `compareExtensions` sorts their names, each name's positions looked up once rather than at every
 * comparison (a context of thousands of patterns); with each item, whether it compares equal to the one before it.
 */
export function inTryOrder<T>(items: readonly T[], nameOf: (item: T) => string): { item: T; tiesPrevious: boolean }[] {
  const ordered: Ordered<T>[] = items.map((item) => {
    const name = nameOf(item);
    return { item, name, positions: name.startsWith("_") ? patternPositions(name) : undefined };
  });
  ordered.sort(compareOrdered);
  return ordered.map((entry, i) => ({ item: entry.item, tiesPrevious: i > 0 && compareOrdered(ordered[i - 1], entry) === 0 }));
}

function compareOrdered<T>(left: Ordered<T>, right: Ordered<T>): number {
  if (!left.positions) return right.positions ? -1 : compareExact(left.name, right.name);
  if (!right.positions) return 1;
  return comparePositions(left.positions, right.positions);
}

/** Two patterns' positions compared as pbx.c's `ext_cmp_pattern` does. */
function comparePositions(a: SortPosition[], b: SortPosition[]): number {
  for (let i = 0; ; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y) return (x ? 1 : 0) - (y ? 1 : 0);
    if (x.score !== y.score) return x.score - y.score;
    const sets = compareSets(x.chars, y.chars);
    if (sets !== 0) return sets;
    if (x.score === 0x30000 || x.score === 0x40000) return 0;
  }
}

/** pbx.c `_extension_match_core` in E_MATCH mode: does `pattern` (an extension name) match the dialed `data`? */
export function matchesExtension(pattern: string, data: string): boolean {
  const ext = withoutBlanks(pattern);
  if (!ext.startsWith("_")) return compareExact(ext, data) === 0;
  let p = 1;
  let d = 0;
  for (;;) {
    while (d < data.length && data[d] === "-") d++;
    while (p < ext.length && ext[p] === "-") p++;
    if (d >= data.length || p >= ext.length || ext[p] === "/") break;
    const c = ext[p];
    if (c === "[") {
      const end = ext.indexOf("]", p + 1);
      if (end < 0) return false;
      if (end === p + 1) {
        p = end + 1;
        continue;
      }
      let found = false;
      for (let q = p + 1; q < end; q++) {
        if (q + 2 < end && ext[q + 1] === "-") {
          if (data[d] >= ext[q] && data[d] <= ext[q + 2]) {
            found = true;
            break;
          }
          q += 2;
        } else if (data[d] === ext[q]) {
          found = true;
          break;
        }
      }
      if (!found) return false;
      p = end;
    } else if (c === "N" || c === "n") {
      if (data[d] < "2" || data[d] > "9") return false;
    } else if (c === "X" || c === "x") {
      if (data[d] < "0" || data[d] > "9") return false;
    } else if (c === "Z" || c === "z") {
      if (data[d] < "1" || data[d] > "9") return false;
    } else if (c === "." || c === "!") return true;
    else if (data[d] !== c) return false;
    d++;
    p++;
  }
  if (d < data.length) return false;
  return p >= ext.length || ext[p] === "/" || ext[p] === "!";
}
