// Extensions for people: dialable characters, an example number a pattern matches, fixed length and literal
// prefix, where a North American number sits in it, and the pattern described in words.
import type { ParsedExtension, PatternElement } from "./extension-parse";
import { weakMemo } from "../util/weak-memo";

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
  return literalPrefixOf(ext);
}

/**
 * Worked out once per parsed pattern: parsed patterns are shared by every line that names the same text (see
 * extension-pattern.ts), and rules ask these of every Dial line's extension.
 */
const literalPrefixOf = weakMemo((ext: ParsedExtension): string => {
  let prefix = "";
  for (const el of ext.elements) {
    if (el.chars.length !== 1) break;
    prefix += el.chars[0];
  }
  return prefix;
});

/**
 * Where a North American number (NPA-NXX-XXXX, ten digits) sits in a fixed-length pattern, or undefined when the
 * pattern is not shaped like one: the last ten positions are digits, and the area-code and exchange positions
 * only accept 2-9.
 */
export function nanpStart(ext: ParsedExtension): number | undefined {
  if (ext.tail || ext.matchesNothing || ext.elements.length < 10 || !ext.isPattern) return undefined;
  return nanpStartOf(ext) ?? undefined;
}

/** See `nanpStart`; null when the pattern is not shaped like one (once per parsed pattern). */
const nanpStartOf = weakMemo((ext: ParsedExtension): number | null => {
  const start = ext.elements.length - 10;
  for (let i = start; i < ext.elements.length; i++) {
    const chars = ext.elements[i].chars;
    if (chars.length === 0) return null;
    const low = i === start || i === start + 3 ? "2" : "0";
    for (let j = 0; j < chars.length; j++) if (chars[j] < low || chars[j] > "9" || chars[j].length !== 1) return null;
  }
  return start;
});

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
