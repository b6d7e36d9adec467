// An extension name or `_` pattern read the way Asterisk's pbx.c reads it: the characters each position accepts,
// the `.`/`!` tail, the problems Asterisk warns about (offsets relative to the extension text), and the identity
// key under which two spellings are one extension.
import { patternKey, sortPositions } from "./extension-order";
import { withoutBlanks } from "../text/blanks";
import { BoundedCache } from "../util/bounded-cache";

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

/**
 * A one-character position, shared by every extension with that character at that offset (elements are never
 * changed): one object per character and offset, where one per position of every cached name came to some 6 MB over
 * the bench's 76k lines.
 */
const literals = new BoundedCache<number, PatternElement>(20000);

function literalAt(text: string, i: number): PatternElement {
  const c = text[i];
  return literals.get(i * 0x10000 + c.charCodeAt(0), () => ({ kind: "literal", chars: [c], set: c, text: c, start: i, end: i + 1 }));
}

const parseCache = new BoundedCache<string, ParsedExtension>(20000);

/** Parses an extension name or `_pattern` (the text without its `/cid` part); results are shared, do not mutate. */
export function parseExtension(written: string): ParsedExtension {
  return parseCache.get(written, computeParse);
}

function computeParse(written: string): ParsedExtension {
  const text = withoutBlanks(written);
  const problems: PatternProblem[] = [];
  const elements: PatternElement[] = [];
  let tail: "." | "!" | undefined;
  let matchesNothing = false;
  if (!text.startsWith("_")) {
    for (let i = 0; i < text.length; i++) {
      if (text[i] === "-") continue;
      elements.push(literalAt(text, i));
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
      elements.push(literalAt(text, i));
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
