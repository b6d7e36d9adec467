// Extension names and `_` patterns the way Asterisk's pbx.c reads them: what a pattern matches, how two
// extensions sort (exact names first, then position by position the smaller character set), and whether one
// set of patterns covers or meets another. Offsets in problems are relative to the extension text.

export type PatternProblemKind =
  | "unterminated-set"
  | "empty-set"
  | "reversed-range"
  | "wildcard-not-last"
  | "lone-underscore"
  | "catch-all";

export interface PatternProblem {
  kind: PatternProblemKind;
  /** Offsets into the extension text. */
  start: number;
  end: number;
  text: string;
}

export type ElementKind = "literal" | "X" | "N" | "Z" | "set";

/** One position of a pattern: the characters it accepts. */
export interface PatternElement {
  kind: ElementKind;
  /** Accepted characters (sorted, unique). A reversed-only set accepts none. */
  chars: string[];
  /** The same characters joined: the position's compact key (the pattern index and comparisons read it). */
  set: string;
  text: string;
  start: number;
  end: number;
}

export interface ParsedExtension {
  /** The extension as written, blanks removed (Asterisk strips them). */
  text: string;
  isPattern: boolean;
  /** Positions up to the first `.` or `!` (later ones are never looked at when matching). */
  elements: PatternElement[];
  /** `.` = one or more of anything, `!` = zero or more. */
  tail?: "." | "!";
  /** Set when an unterminated `[` makes the pattern unable to match anything. */
  matchesNothing: boolean;
  problems: PatternProblem[];
  /** Identity: two extensions with the same key are one extension for Asterisk. */
  key: string;
}

const DIGITS = "0123456789".split("");

function range(from: string, to: string): string[] {
  const result: string[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) result.push(String.fromCharCode(c));
  return result;
}

const CLASS_CHARS: Record<"X" | "N" | "Z", string[]> = { X: DIGITS, N: range("2", "9"), Z: range("1", "9") };
const CLASS_SETS: Record<"X" | "N" | "Z", string> = { X: DIGITS.join(""), N: CLASS_CHARS.N.join(""), Z: CLASS_CHARS.Z.join("") };

const parseCache = new Map<string, ParsedExtension>();

/** Parses an extension name or `_pattern` (the text without its `/cid` part); results are shared, do not mutate. */
export function parseExtension(written: string): ParsedExtension {
  const hit = parseCache.get(written);
  if (hit) return hit;
  if (parseCache.size > 20000) parseCache.clear();
  const parsed = computeParse(written);
  parseCache.set(written, parsed);
  return parsed;
}

function computeParse(written: string): ParsedExtension {
  const text = written.replace(/\s+/g, "");
  const problems: PatternProblem[] = [];
  const elements: PatternElement[] = [];
  let tail: "." | "!" | undefined;
  let matchesNothing = false;
  if (!text.startsWith("_")) {
    for (let i = 0; i < text.length; i++) {
      if (text[i] === "-") continue;
      elements.push({ kind: "literal", chars: [text[i]], set: text[i], text: text[i], start: i, end: i + 1 });
    }
    return { text, isPattern: false, elements, matchesNothing: false, problems, key: "=" + text.replace(/-/g, "") };
  }
  if (text === "_") problems.push({ kind: "lone-underscore", start: 0, end: 1, text });
  // `_.`, `_!` and spellings such as `_.!` match everything, `h` included (only the first two make Asterisk warn).
  if (/^_[.!]+$/.test(text)) problems.push({ kind: "catch-all", start: 0, end: text.length, text });
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (c === "-") continue;
    if (c === "." || c === "!") {
      if (tail === undefined) {
        tail = c;
        const rest = text.slice(i + 1).replace(/-/g, "");
        // `!` after `.` changes nothing (`.` already takes the rest), and a pattern of wildcards only is a catch-all.
        const harmless = (c === "." && /^!+$/.test(rest)) || /^_[.!]+$/.test(text);
        if (rest.length > 0 && !harmless) problems.push({ kind: "wildcard-not-last", start: i, end: text.length, text: text.slice(i) });
      }
      continue;
    }
    if (tail !== undefined) continue;
    const upper = c.toUpperCase();
    if (upper === "X" || upper === "N" || upper === "Z") {
      elements.push({ kind: upper, chars: CLASS_CHARS[upper], set: CLASS_SETS[upper], text: c, start: i, end: i + 1 });
      continue;
    }
    if (c !== "[") {
      elements.push({ kind: "literal", chars: [c], set: c, text: c, start: i, end: i + 1 });
      continue;
    }
    const close = text.indexOf("]", i + 1);
    if (close < 0) {
      problems.push({ kind: "unterminated-set", start: i, end: text.length, text: text.slice(i) });
      matchesNothing = true;
      break;
    }
    if (close === i + 1) {
      problems.push({ kind: "empty-set", start: i, end: close + 1, text: "[]" });
      i = close;
      continue;
    }
    const chars = new Set<string>();
    for (let p = i + 1; p < close; p++) {
      if (p + 2 < close && text[p + 1] === "-") {
        const from = text[p];
        const to = text[p + 2];
        if (from > to) problems.push({ kind: "reversed-range", start: p, end: p + 3, text: text.slice(p, p + 3) });
        else for (const r of range(from, to)) chars.add(r);
        p += 2;
      } else chars.add(text[p]);
    }
    if (chars.size === 0) matchesNothing = true;
    const sorted = [...chars].sort();
    elements.push({ kind: chars.size === 1 ? "literal" : "set", chars: sorted, set: sorted.join(""), text: text.slice(i, close + 1), start: i, end: close + 1 });
    i = close;
  }
  return { text, isPattern: true, elements, tail, matchesNothing, problems, key: patternKey(sortPositions(text.slice(1))) };
}

interface SortPosition {
  score: number;
  /**
   * The characters the position accepts (codes masked to 8 bits as pbx.c does), ascending, one char each: the
   * compact form of pbx.c's 256-bit set. Empty for the end marker, `.`, `!` and an unterminated `[`.
   */
  chars: string;
}

/**
 * Identity of a pattern: two patterns with the same key are one extension for Asterisk. Each position is its score
 * (in base 36) and its characters; the score's count says how many characters follow, so the key is unambiguous.
 */
function patternKey(positions: SortPosition[]): string {
  let key = "_";
  for (const p of positions) key += p.score.toString(36) + ":" + p.chars;
  return key;
}

const positionCache = new Map<string, SortPosition[]>();

/** The position scores pbx.c's `ext_cmp_pattern_pos` gives a pattern body, end marker included (memoised). */
function sortPositions(body: string): SortPosition[] {
  const hit = positionCache.get(body);
  if (hit) return hit;
  if (positionCache.size > 20000) positionCache.clear();
  const computed = computeSortPositions(body);
  positionCache.set(body, computed);
  return computed;
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
        chars = CLASS_CODES[upper];
        score = (chars.length << 8) | chars.charCodeAt(0);
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
    result.push({ score, chars });
    if (score === 0x30000 || score === 0x40000) return result;
  }
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

function compareExact(left: string, right: string): number {
  const a = left.replace(/-/g, "");
  const b = right.replace(/-/g, "");
  for (let i = 0; ; i++) {
    const ca = i < a.length ? a.charCodeAt(i) : 0;
    const cb = i < b.length ? b.charCodeAt(i) : 0;
    if (ca !== cb) return ca - cb;
    if (ca === 0) return 0;
  }
}

/** pbx.c `ext_cmp`: negative when `left` sorts (and is tried) before `right`. */
export function compareExtensions(left: string, right: string): number {
  const lp = left.startsWith("_");
  const rp = right.startsWith("_");
  if (!lp) return rp ? -1 : compareExact(left, right);
  if (!rp) return 1;
  const a = sortPositions(left.slice(1));
  const b = sortPositions(right.slice(1));
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
  const ext = pattern.replace(/\s+/g, "");
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

// ---- Languages: inclusion and intersection of what patterns match -------------------------------------------

const OTHER = "\u0000";

/** A small automaton over one extension: state k = k positions consumed; n+1 = past the first char of a `.` tail. */
class PatternAutomaton {
  readonly n: number;
  constructor(readonly ext: ParsedExtension) {
    this.n = ext.elements.length;
  }
  step(state: number, ch: string): number {
    if (state < 0 || this.ext.matchesNothing) return -1;
    if (state < this.n) return this.ext.elements[state].chars.includes(ch) ? state + 1 : -1;
    if (state === this.n) return this.ext.tail === "." ? this.n + 1 : this.ext.tail === "!" ? this.n : -1;
    return this.n + 1;
  }
  accepts(state: number): boolean {
    if (state < 0 || this.ext.matchesNothing) return false;
    if (state === this.n) return this.ext.tail !== ".";
    return state === this.n + 1;
  }
}

function alphabetOf(exts: ParsedExtension[]): string[] {
  const chars = new Set<string>([OTHER]);
  for (const ext of exts) for (const el of ext.elements) for (const c of el.chars) chars.add(c);
  return [...chars];
}

const MAX_STATES = 20000;

/**
 * A string `target` matches that none of `others` matches, or undefined when `others` together cover `target`
 * (also undefined when the search gives up on a huge state space). The string uses `?` for "any other character".
 */
export function uncoveredExample(target: ParsedExtension, others: ParsedExtension[]): string | undefined | null {
  if (target.matchesNothing) return undefined;
  const t = new PatternAutomaton(target);
  const os = others.map((o) => new PatternAutomaton(o));
  const alphabet = alphabetOf([target, ...others]);
  const seen = new Set<string>();
  // Each state keeps only the other automata still alive (index, state): most die within a few characters, so a
  // context of thousands of patterns stays cheap.
  type Live = [number, number][];
  const queue: { t: number; o: Live; path: string }[] = [{ t: 0, o: os.map((_, i) => [i, 0] as [number, number]), path: "" }];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    if (t.accepts(state.t) && !state.o.some(([i, s]) => os[i].accepts(s))) return state.path.replace(/\u0000/g, "?");
    for (const ch of alphabet) {
      const nt = t.step(state.t, ch);
      if (nt < 0) continue;
      const no: Live = [];
      for (const [i, s] of state.o) {
        const next = os[i].step(s, ch);
        if (next >= 0) no.push([i, next]);
      }
      const key = nt + "|" + no.map(([i, s]) => i + ":" + s).join(",");
      if (seen.has(key)) continue;
      seen.add(key);
      if (seen.size > MAX_STATES) return null;
      queue.push({ t: nt, o: no, path: state.path + ch });
    }
  }
  return undefined;
}

/** Cheap proof that two extensions never meet: different fixed lengths, or a position whose sets share nothing. */
function clearlyDisjoint(a: ParsedExtension, b: ParsedExtension): boolean {
  if (!a.tail && !b.tail && a.elements.length !== b.elements.length) return true;
  if (!a.tail && b.tail === "." && a.elements.length <= b.elements.length) return true;
  if (!b.tail && a.tail === "." && b.elements.length <= a.elements.length) return true;
  const n = Math.min(a.elements.length, b.elements.length);
  for (let i = 0; i < n; i++) {
    const x = a.elements[i].chars;
    const y = b.elements[i].chars;
    if (!x.some((c) => y.includes(c))) return true;
  }
  return false;
}

/** A string both extensions match, or undefined when they never meet. */
export function commonExample(a: ParsedExtension, b: ParsedExtension): string | undefined {
  if (a.matchesNothing || b.matchesNothing || clearlyDisjoint(a, b)) return undefined;
  const x = new PatternAutomaton(a);
  const y = new PatternAutomaton(b);
  const alphabet = alphabetOf([a, b]);
  const seen = new Set<string>(["0|0"]);
  const queue: { a: number; b: number; path: string }[] = [{ a: 0, b: 0, path: "" }];
  while (queue.length > 0) {
    const state = queue.shift()!;
    if (x.accepts(state.a) && y.accepts(state.b)) return state.path.replace(/\u0000/g, "*");
    for (const ch of alphabet) {
      const na = x.step(state.a, ch);
      const nb = y.step(state.b, ch);
      if (na < 0 || nb < 0) continue;
      const key = na + "|" + nb;
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ a: na, b: nb, path: state.path + ch });
    }
  }
  return undefined;
}

// ---- Words, examples, lengths --------------------------------------------------------------------------------

/** Characters anyone can key on a phone or send as digits: 0-9, *, #, + (and DTMF A-D). */
export function isDialable(ch: string): boolean {
  if (ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 42 || c === 35 || c === 43 || (c >= 65 && c <= 68) || (c >= 97 && c <= 100);
}

const EXAMPLE_DIGITS = "2025550143678901234567890123456789";

/** A number the extension matches (digits chosen to look like a real number), or undefined. */
export function exampleNumber(ext: ParsedExtension): string | undefined {
  if (ext.matchesNothing) return undefined;
  let out = "";
  let free = 0;
  for (const el of ext.elements) {
    if (el.chars.length === 1) {
      out += el.chars[0];
      continue;
    }
    const wanted = EXAMPLE_DIGITS[free++ % EXAMPLE_DIGITS.length];
    out += el.chars.includes(wanted) ? wanted : el.chars.find((c) => /[0-9]/.test(c)) ?? el.chars[0] ?? "";
  }
  if (ext.tail === ".") out += "1234";
  return out;
}

/** Fixed number of characters matched, or undefined for `.`/`!` patterns. */
export function fixedLength(ext: ParsedExtension): number | undefined {
  return ext.tail ? undefined : ext.elements.length;
}

/** Leading positions that accept exactly one character (the part `${EXTEN:n}` can strip without losing digits). */
export function literalPrefix(ext: ParsedExtension): string {
  let prefix = "";
  for (const el of ext.elements) {
    if (el.chars.length !== 1) break;
    prefix += el.chars[0];
  }
  return prefix;
}

/**
 * Where a North American number (NPA-NXX-XXXX, ten digits) sits in a fixed-length pattern, or undefined when the
 * pattern is not shaped like one: the last ten positions are digits, and the area-code and exchange positions
 * only accept 2-9.
 */
export function nanpStart(ext: ParsedExtension): number | undefined {
  if (ext.tail || ext.matchesNothing || ext.elements.length < 10) return undefined;
  if (!ext.isPattern) return undefined;
  const start = ext.elements.length - 10;
  // No allocation: rules ask this of every Dial step's extension.
  for (let i = start; i < ext.elements.length; i++) {
    const chars = ext.elements[i].chars;
    if (chars.length === 0) return undefined;
    const low = i === start || i === start + 3 ? "2" : "0";
    for (let j = 0; j < chars.length; j++) if (chars[j] < low || chars[j] > "9" || chars[j].length !== 1) return undefined;
  }
  return start;
}

function describeElement(el: PatternElement): string {
  switch (el.kind) {
    case "literal":
      return `'${el.chars[0]}'`;
    case "X":
      return "a digit 0-9";
    case "N":
      return "a digit 2-9";
    case "Z":
      return "a digit 1-9";
    default:
      return el.chars.length === 0 ? "nothing (the set is empty)" : `one of ${compactSet(el.chars)}`;
  }
}

function compactSet(chars: string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let j = i;
    while (j + 1 < chars.length && chars[j + 1].charCodeAt(0) === chars[j].charCodeAt(0) + 1) j++;
    parts.push(j - i >= 2 ? `${chars[i]}-${chars[j]}` : chars.slice(i, j + 1).join(", "));
    i = j + 1;
  }
  return parts.join(", ");
}

/** The pattern in words: runs of the same kind of position grouped ("three digits 0-9"). */
export function describePattern(ext: ParsedExtension): string {
  if (!ext.isPattern) return `exactly '${ext.text}'`;
  if (ext.matchesNothing) return "nothing: a character set is never closed or accepts no character";
  const words: string[] = [];
  const literal: string[] = [];
  const flush = () => {
    if (literal.length > 0) words.push(literal.length === 1 ? `'${literal[0]}'` : `'${literal.join("")}'`);
    literal.length = 0;
  };
  for (let i = 0; i < ext.elements.length; ) {
    const el = ext.elements[i];
    if (el.kind === "literal") {
      literal.push(el.chars[0]);
      i++;
      continue;
    }
    flush();
    let j = i;
    while (j + 1 < ext.elements.length && ext.elements[j + 1].kind === el.kind && ext.elements[j + 1].chars.join() === el.chars.join()) j++;
    const count = j - i + 1;
    const one = describeElement(el);
    words.push(count === 1 ? one : one.startsWith("a digit") ? `${count} digits ${one.slice("a digit ".length)}` : `${count} × ${one}`);
    i = j + 1;
  }
  flush();
  if (ext.tail === ".") words.push("then one or more of anything");
  if (ext.tail === "!") words.push("then zero or more of anything");
  return words.join(", ");
}
