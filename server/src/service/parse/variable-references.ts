// `${...}` variable references in dialplan text (nested ones, `:offset:length` parts, computed names) and the
// bracket pairs around them: what the variable rules read and the unbalanced-expression checks count.
import type { Span } from "../text/span";
import type { Token } from "./dialplan-syntax";

export interface VariableReference {
  /** Variable or function name (`EXTEN`, `CALLERID`). */
  name: string;
  nameSpan: Span;
  /** The whole `${...}`. */
  span: Span;
  isFunction: boolean;
  /** `${VAR:offset[:length]}` parts as written. */
  offset?: Token;
  length?: Token;
  /** No closing `}`. */
  unclosed: boolean;
  /**
   * The name goes on with another reference (`${OUT_${TRUNK}}`): Asterisk expands the inner one first and reads the
   * variable whose name results, so `name` is only the fixed start of it.
   */
  computedName?: boolean;
}

/** Every `${...}` reference in a range (nested ones included), with the substring parts split out. */
export function variableReferences(text: string, range: Span): readonly VariableReference[] {
  // Most values hold no reference at all: answer those without building the brace table.
  // A bounded scan: indexOf would search on past the range, through the rest of a large document.
  let first = range.start;
  while (first < range.end - 1 && (text.charCodeAt(first) !== 36 /* $ */ || text.charCodeAt(first + 1) !== 123) /* { */) first++;
  if (first >= range.end - 1) return NO_REFERENCES;
  // Not memoised: a WeakMap entry per range costs more than reading the range again (the globals rules read each
  // line once for uses and computed names together).
  return findReferences(text, range, first);
}

const NO_REFERENCES: readonly VariableReference[] = Object.freeze([]);

/** A character of a variable name: a letter, digit, `_` or `.` (by code: no regex per character). */
function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 /* _ */ || code === 46 /* . */;
}

function findReferences(text: string, range: Span, first: number): VariableReference[] {
  const result: VariableReference[] = [];
  const braces = closingPartners(text, range, "{", "}");
  for (let i = first; i < range.end - 1; i++) {
    if (text.charCodeAt(i) !== 36 /* $ */ || text.charCodeAt(i + 1) !== 123 /* { */) continue;
    const close = braces.get(i + 1) ?? -1;
    const bodyEnd = close < 0 ? range.end : close;
    const nameStart = i + 2;
    let nameEnd = nameStart;
    while (nameEnd < bodyEnd && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    const after = text.charCodeAt(nameEnd);
    let offset: Token | undefined;
    let length: Token | undefined;
    if (after === 58 /* : */) {
      const parts = text.slice(nameEnd + 1, bodyEnd).split(":");
      offset = { text: parts[0], span: { start: nameEnd + 1, end: nameEnd + 1 + parts[0].length } };
      if (parts.length > 1) {
        const lengthStart = nameEnd + 2 + parts[0].length;
        length = { text: parts[1], span: { start: lengthStart, end: lengthStart + parts[1].length } };
      }
    }
    // One literal with every field (fields added later would reshape the object; this runs once per `${`).
    result.push({
      name: text.slice(nameStart, nameEnd),
      nameSpan: { start: nameStart, end: nameEnd },
      span: { start: i, end: close < 0 ? range.end : close + 1 },
      isFunction: after === 40 /* ( */,
      offset,
      length,
      unclosed: close < 0,
      computedName: after === 36 /* $ */ && text.charCodeAt(nameEnd + 1) === 123 /* { */ ? true : undefined,
    });
  }
  return result;
}

/**
 * For every `open` character in a range, the offset of the `close` that pairs with it (nesting honoured); unclosed
 * ones are absent. One pass, so deeply nested `${${${...}}}` stays linear.
 */
export function closingPartners(text: string, range: Span, open: string, close: string): Map<number, number> {
  const partners = new Map<number, number>();
  const stack: number[] = [];
  // By character code (no one-character strings); a longer `open` or `close` never equals one character.
  const openCode = open.length === 1 ? open.charCodeAt(0) : -1;
  const closeCode = close.length === 1 ? close.charCodeAt(0) : -1;
  for (let i = range.start; i < range.end; i++) {
    const c = text.charCodeAt(i);
    if (c === openCode) stack.push(i);
    else if (c === closeCode && stack.length > 0) partners.set(stack.pop()!, i);
  }
  return partners;
}

/** `$[` expressions without their `]`, and `(` without `)`, as spans of the opener. */
export function unbalancedOpeners(text: string, range: Span): Span[] {
  const stack: { char: string; at: number }[] = [];
  const problems: Span[] = [];
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  for (let i = range.start; i < range.end; i++) {
    const c = text[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "(" || c === "[" || c === "{") stack.push({ char: c, at: c === "(" ? i : Math.max(range.start, i - 1) });
    else if (c in pairs) {
      if (stack.length > 0 && stack[stack.length - 1].char === pairs[c]) stack.pop();
    }
  }
  for (const open of stack) problems.push({ start: open.at, end: open.at + (open.char === "(" ? 1 : 2) });
  return problems;
}
