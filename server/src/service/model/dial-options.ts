// Splits the options argument of Dial() into its letters and their `(...)` arguments, with offsets.
import type { Span } from "../text/span";

export interface ParsedOptionLetter {
  letter: string;
  /** Offset of the letter. */
  at: number;
  argument?: string;
  argumentSpan?: Span;
  /** `(` without its `)`. */
  unclosed?: boolean;
}

/** Splits Dial's options text into letters with their `(...)` arguments; offsets are absolute (`start` = text start). */
export function parseDialOptions(text: string, start: number): ParsedOptionLetter[] {
  const result: ParsedOptionLetter[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) continue;
    if (c === "$" && text[i + 1] === "{") {
      // A variable in the options: skip to its end, nothing to check there.
      let depth = 0;
      for (; i < text.length; i++) {
        if (text[i] === "{") depth++;
        else if (text[i] === "}" && --depth === 0) break;
      }
      continue;
    }
    const letter: ParsedOptionLetter = { letter: c, at: start + i };
    if (text[i + 1] === "(") {
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === "(") depth++;
        else if (text[j] === ")" && --depth === 0) break;
      }
      letter.argument = text.slice(i + 2, Math.min(j, text.length));
      letter.argumentSpan = { start: start + i + 2, end: start + Math.min(j, text.length) };
      if (j >= text.length) letter.unclosed = true;
      i = j;
    }
    result.push(letter);
  }
  return result;
}
