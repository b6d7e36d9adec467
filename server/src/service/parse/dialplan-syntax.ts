// The structure of dialplan lines inside a context: `exten => ext[/cid],prio[(label)],App(args)`, `same => ...`,
// `include => ctx`; arguments split with parentheses, quotes, `${...}` and `$[...]` in mind. Offsets throughout.
import type { Assignment } from "./conf-syntax";
import type { Span } from "../text/span";

export interface Token {
  text: string;
  span: Span;
}

export type PriorityKind = "number" | "next" | "same" | "hint" | "label" | "invalid";

export interface Priority extends Token {
  kind: PriorityKind;
  /** For `number`: the number. */
  value?: number;
  /** `+N` added to the base (e.g. `n+2`). */
  plus?: number;
  /** `(label)` attached to the priority. */
  label?: Token;
  /** A `(label` without its `)`. */
  labelUnclosed?: boolean;
}

export type DialplanKeyword = "exten" | "same" | "include" | "ignorepat" | "switch" | "lswitch" | "eswitch" | "autohints" | "other";

export interface DialplanLine {
  keyword: DialplanKeyword;
  option: Assignment;
  extension?: Token;
  /** Caller-ID match after `/` in the extension field. */
  callerId?: Token;
  priority?: Priority;
  application?: Token;
  /** Text between the application's `(` and its last `)` (or to the end when unclosed). */
  argumentsSpan?: Span;
  arguments: Token[];
  /** `App(args` with no `)`: Asterisk warns and closes it itself. */
  unclosedParen?: boolean;
  /** `exten =>` with fewer than three comma-separated parts. */
  missingParts?: ("priority" | "application")[];
}

const KEYWORDS = new Set<DialplanKeyword>(["exten", "same", "include", "ignorepat", "switch", "lswitch", "eswitch", "autohints"]);

export function dialplanKeyword(key: string): DialplanKeyword {
  const lower = key.toLowerCase() as DialplanKeyword;
  return KEYWORDS.has(lower) ? lower : "other";
}

function token(text: string, start: number, end: number): Token {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { text: text.slice(start, end), span: { start, end } };
}

/** Index of the next top-level `,` from `from` (brackets `[]` skipped, `\` escapes), or `end`. */
function nextComma(text: string, from: number, end: number, bracketAware: boolean): number {
  let depth = 0;
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (bracketAware && c === "[") depth++;
    else if (bracketAware && c === "]") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) return i;
  }
  return end;
}

export function parseDialplanLine(option: Assignment, text: string): DialplanLine {
  const keyword = dialplanKeyword(option.key);
  const line: DialplanLine = { keyword, option, arguments: [] };
  const { start, end } = option.valueSpan;
  if (keyword !== "exten" && keyword !== "same") return line;
  let cursor = start;
  if (keyword === "exten") {
    const comma = nextComma(text, cursor, end, true);
    const field = token(text, cursor, comma);
    const slash = field.text.indexOf("/");
    if (slash >= 0) {
      line.extension = token(text, field.span.start, field.span.start + slash);
      line.callerId = token(text, field.span.start + slash + 1, field.span.end);
    } else line.extension = field;
    if (comma >= end) {
      line.missingParts = ["priority", "application"];
      return line;
    }
    cursor = comma + 1;
  }
  const priorityEnd = nextComma(text, cursor, end, false);
  line.priority = parsePriority(text, cursor, priorityEnd);
  if (priorityEnd >= end) {
    line.missingParts = ["application"];
    return line;
  }
  parseApplication(text, priorityEnd + 1, end, line);
  return line;
}

function parsePriority(text: string, from: number, to: number): Priority {
  const whole = token(text, from, to);
  let body = whole.text;
  let label: Token | undefined;
  let labelUnclosed = false;
  const open = body.indexOf("(");
  if (open >= 0) {
    const close = body.indexOf(")", open);
    const labelStart = whole.span.start + open + 1;
    const labelEnd = close >= 0 ? whole.span.start + close : whole.span.end;
    label = token(text, labelStart, labelEnd);
    labelUnclosed = close < 0;
    body = body.slice(0, open).trim();
  }
  const bodyToken = token(text, whole.span.start, whole.span.start + whole.text.indexOf(body) + body.length);
  // A literal, not `{ ...bodyToken, ... }`: V8 spreads followed by extra keys slowly, and this runs once per line.
  const result: Priority = { text: bodyToken.text, span: bodyToken.span, kind: "invalid", label, labelUnclosed };
  const match = /^(\d+|n|next|s|same|hint)?(?:\+(\d+))?$/i.exec(body);
  if (match && (match[1] !== undefined || match[2] !== undefined)) {
    const base = (match[1] ?? "").toLowerCase();
    if (match[2] !== undefined) result.plus = Number(match[2]);
    if (/^\d+$/.test(base)) {
      result.kind = "number";
      result.value = Number(base);
    } else if (base === "n" || base === "next") result.kind = "next";
    else if (base === "s" || base === "same") result.kind = "same";
    else if (base === "hint") result.kind = "hint";
  } else if (/^[A-Za-z_][\w-]*(\+\d+)?$/.test(body)) {
    // A label defined earlier in the extension, optionally `+N` after it (`top+1`).
    result.kind = "label";
    const plus = /\+(\d+)$/.exec(body);
    if (plus) result.plus = Number(plus[1]);
  }
  return result;
}

function parseApplication(text: string, from: number, to: number, line: DialplanLine): void {
  const rest = token(text, from, to);
  const open = rest.text.indexOf("(");
  if (open < 0) {
    const comma = rest.text.indexOf(",");
    const nameEnd = comma >= 0 ? rest.span.start + comma : rest.span.end;
    line.application = token(text, rest.span.start, nameEnd);
    if (comma >= 0) {
      line.argumentsSpan = { start: nameEnd + 1, end: rest.span.end };
      line.arguments = splitArguments(text, line.argumentsSpan);
    }
    return;
  }
  line.application = token(text, rest.span.start, rest.span.start + open);
  const argsStart = rest.span.start + open + 1;
  const close = text.lastIndexOf(")", rest.span.end - 1);
  const argsEnd = close >= argsStart ? close : rest.span.end;
  line.unclosedParen = close < argsStart;
  line.argumentsSpan = { start: argsStart, end: argsEnd };
  line.arguments = splitArguments(text, line.argumentsSpan);
}

/** Splits application arguments on top-level commas: not inside (), ${}, $[], or double quotes. */
export function splitArguments(text: string, range: Span, separator = ","): Token[] {
  const result: Token[] = [];
  let depth = 0;
  let inQuote = false;
  let start = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i === range.end) {
      result.push({ text: text.slice(start, i), span: { start, end: i } });
      break;
    }
    const c = text[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === '"') inQuote = !inQuote;
    else if (inQuote) continue;
    else if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") depth = Math.max(0, depth - 1);
    else if (c === separator && depth === 0) {
      result.push({ text: text.slice(start, i), span: { start, end: i } });
      start = i + 1;
    }
  }
  return result;
}

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
  // Several rules ask for the references of the same argument: the span object of a parsed line is the key.
  const hit = referenceCache.get(range);
  if (hit && hit.text === text && hit.start === range.start && hit.end === range.end) return hit.refs;
  const result = findReferences(text, range, first);
  referenceCache.set(range, { text, start: range.start, end: range.end, refs: result });
  return result;
}

const NO_REFERENCES: readonly VariableReference[] = Object.freeze([]);
const referenceCache = new WeakMap<Span, { text: string; start: number; end: number; refs: readonly VariableReference[] }>();

function findReferences(text: string, range: Span, first: number): VariableReference[] {
  const result: VariableReference[] = [];
  const braces = closingPartners(text, range, "{", "}");
  for (let i = first; i < range.end - 1; i++) {
    if (text.charCodeAt(i) !== 36 /* $ */ || text.charCodeAt(i + 1) !== 123 /* { */) continue;
    const close = braces.get(i + 1) ?? -1;
    const bodyEnd = close < 0 ? range.end : close;
    const nameStart = i + 2;
    let nameEnd = nameStart;
    while (nameEnd < bodyEnd && /[\w.-]/.test(text[nameEnd]) && text[nameEnd] !== "-") nameEnd++;
    const ref: VariableReference = {
      name: text.slice(nameStart, nameEnd),
      nameSpan: { start: nameStart, end: nameEnd },
      span: { start: i, end: close < 0 ? range.end : close + 1 },
      isFunction: text[nameEnd] === "(",
      unclosed: close < 0,
    };
    if (text[nameEnd] === "$" && text[nameEnd + 1] === "{") ref.computedName = true;
    if (text[nameEnd] === ":") {
      const parts = text.slice(nameEnd + 1, bodyEnd).split(":");
      ref.offset = { text: parts[0], span: { start: nameEnd + 1, end: nameEnd + 1 + parts[0].length } };
      if (parts.length > 1) {
        const lengthStart = nameEnd + 2 + parts[0].length;
        ref.length = { text: parts[1], span: { start: lengthStart, end: lengthStart + parts[1].length } };
      }
    }
    result.push(ref);
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
  for (let i = range.start; i < range.end; i++) {
    if (text[i] === open) stack.push(i);
    else if (text[i] === close && stack.length > 0) partners.set(stack.pop()!, i);
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
