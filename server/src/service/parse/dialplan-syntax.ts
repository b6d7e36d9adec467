// The structure of dialplan lines inside a context: `exten => ext[/cid],prio[(label)],App(args)`, `same => ...`,
// `include => ctx`; arguments split with parentheses, quotes, `${...}` and `$[...]` in mind. Offsets throughout.
import type { Assignment } from "./conf-syntax";
import type { Span } from "../text/span";
import { isBlankAt } from "../text/blanks";

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
  /** Where the option's line started when the offsets above were made (see `followLine`). */
  at: number;
  /** What rules worked out of this line's text alone, kept with it (see model/line-work.ts). */
  kept?: unknown[];
}

/**
 * The line with its offsets where its option's line is now: a re-parse moves a kept node's line in place (its text is
 * the same), and the parsed line follows, its spans shifted in place by as much (no copy: this runs for every step
 * line below an edit that changed a line's length). Returns the same object.
 */
export function followLine(line: DialplanLine): DialplanLine {
  const shift = line.option.line.start - line.at;
  if (shift === 0) return line;
  for (const argument of line.arguments) shiftSpan(argument.span, shift);
  if (line.extension) shiftSpan(line.extension.span, shift);
  if (line.callerId) shiftSpan(line.callerId.span, shift);
  if (line.priority) {
    shiftSpan(line.priority.span, shift);
    if (line.priority.label) shiftSpan(line.priority.label.span, shift);
  }
  if (line.application) shiftSpan(line.application.span, shift);
  if (line.argumentsSpan) shiftSpan(line.argumentsSpan, shift);
  line.at += shift;
  return line;
}

function shiftSpan(span: Span, shift: number): void {
  span.start += shift;
  span.end += shift;
}

const KEYWORDS = new Set<DialplanKeyword>(["exten", "same", "include", "ignorepat", "switch", "lswitch", "eswitch", "autohints"]);

export function dialplanKeyword(key: string): DialplanKeyword {
  const lower = key.toLowerCase() as DialplanKeyword;
  return KEYWORDS.has(lower) ? lower : "other";
}

/** First offset in `[start, end)` that is not blank (`end` when none). */
function trimStart(text: string, start: number, end: number): number {
  while (start < end && isBlankAt(text, start)) start++;
  return start;
}

/** One past the last offset in `[start, end)` that is not blank (`start` when none). */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isBlankAt(text, end - 1)) end--;
  return end;
}

function token(text: string, start: number, end: number): Token {
  start = trimStart(text, start, end);
  end = trimEnd(text, start, end);
  return { text: text.slice(start, end), span: { start, end } };
}

/** Index of the first `char` in `[from, to)`, or -1 (bounded: indexOf would search on through the document). */
function indexIn(text: string, char: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === char) return i;
  return -1;
}

/** Index of the next top-level `,` from `from` (brackets `[]` skipped, `\` escapes), or `end`. */
function nextComma(text: string, from: number, end: number, bracketAware: boolean): number {
  let depth = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (bracketAware && c === 91 /* [ */) depth++;
    else if (bracketAware && c === 93 /* ] */) depth = Math.max(0, depth - 1);
    else if (c === 44 /* , */ && depth === 0) return i;
  }
  return end;
}

/** What follows the extension field: the priority and the application, as `parseDialplanLine` reports them. */
type LineTail = Pick<DialplanLine, "priority" | "application" | "argumentsSpan" | "arguments" | "unclosedParen" | "missingParts">;

export function parseDialplanLine(option: Assignment, text: string): DialplanLine {
  const keyword = dialplanKeyword(option.key);
  const { start, end } = option.valueSpan;
  if (keyword !== "exten" && keyword !== "same") return { keyword, option, arguments: [], at: option.line.start };
  let cursor = start;
  let extension: Token | undefined;
  let callerId: Token | undefined;
  if (keyword === "exten") {
    const comma = nextComma(text, cursor, end, true);
    const fieldStart = trimStart(text, cursor, comma);
    const fieldEnd = trimEnd(text, fieldStart, comma);
    const slash = indexIn(text, 47 /* / */, fieldStart, fieldEnd);
    if (slash >= 0) {
      extension = token(text, fieldStart, slash);
      callerId = token(text, slash + 1, fieldEnd);
    } else extension = { text: text.slice(fieldStart, fieldEnd), span: { start: fieldStart, end: fieldEnd } };
    if (comma >= end) return { keyword, option, arguments: [], extension, callerId, missingParts: ["priority", "application"], at: option.line.start };
    cursor = comma + 1;
  }
  const tail = parseTail(text, cursor, end);
  // One literal with every field: adding them one by one reshapes the object at each step (this runs once per line).
  const line: DialplanLine = {
    keyword,
    option,
    extension,
    callerId,
    priority: tail.priority,
    application: tail.application,
    argumentsSpan: tail.argumentsSpan,
    arguments: tail.arguments,
    unclosedParen: tail.unclosedParen,
    missingParts: tail.missingParts,
    at: option.line.start,
    kept: NOT_KEPT,
  };
  // Given twice (see text/span.ts): the first edit after an analysis keeps rules' work on lines for the first time.
  line.kept = undefined;
  return line;
}

const NOT_KEPT: unknown[] = [];

/** The priority and application of an `exten` line after its extension field, or of a `same` line. */
function parseTail(text: string, from: number, end: number): LineTail {
  const priorityEnd = nextComma(text, from, end, false);
  const priority = parsePriority(text, from, priorityEnd);
  if (priorityEnd >= end) return { priority, arguments: [], missingParts: ["application"] };
  return parseApplication(text, priorityEnd + 1, end, priority);
}

function parsePriority(text: string, from: number, to: number): Priority {
  const wholeStart = trimStart(text, from, to);
  const wholeEnd = trimEnd(text, wholeStart, to);
  let label: Token | undefined;
  let labelUnclosed = false;
  let bodyEnd = wholeEnd;
  const open = indexIn(text, 40 /* ( */, wholeStart, wholeEnd);
  if (open >= 0) {
    const close = indexIn(text, 41 /* ) */, open, wholeEnd);
    label = token(text, open + 1, close >= 0 ? close : wholeEnd);
    labelUnclosed = close < 0;
    // The field starts with no blank (trimmed): only the end of the text before `(` is trimmed.
    bodyEnd = trimEnd(text, wholeStart, open);
  }
  const body = text.slice(wholeStart, bodyEnd);
  const result: Priority = { text: body, span: { start: wholeStart, end: bodyEnd }, kind: "invalid", label, labelUnclosed };
  classifyPriority(body, result);
  return result;
}

/** Sets the kind (and value, `+N`) of a priority from its text: a number, `n`, `s`, `hint`, or a label. */
function classifyPriority(body: string, result: Priority): void {
  // The usual forms first, without a regex: `n` and a plain number.
  if (body === "n" || body === "N") {
    result.kind = "next";
    return;
  }
  if (isDigits(body)) {
    result.kind = "number";
    result.value = Number(body);
    return;
  }
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
}

/** One or more ASCII digits and nothing else (what `/^\d+$/` accepts). */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function parseApplication(text: string, from: number, to: number, priority: Priority): LineTail {
  const restStart = trimStart(text, from, to);
  const restEnd = trimEnd(text, restStart, to);
  const open = indexIn(text, 40 /* ( */, restStart, restEnd);
  if (open < 0) {
    const comma = indexIn(text, 44 /* , */, restStart, restEnd);
    const nameEnd = comma >= 0 ? comma : restEnd;
    const application = token(text, restStart, nameEnd);
    if (comma < 0) return { priority, application, arguments: [] };
    const argumentsSpan = { start: nameEnd + 1, end: restEnd };
    return { priority, application, argumentsSpan, arguments: splitArguments(text, argumentsSpan) };
  }
  const application = token(text, restStart, open);
  const argsStart = open + 1;
  const close = text.lastIndexOf(")", restEnd - 1);
  const argsEnd = close >= argsStart ? close : restEnd;
  const argumentsSpan = { start: argsStart, end: argsEnd };
  return { priority, application, argumentsSpan, arguments: splitArguments(text, argumentsSpan), unclosedParen: close < argsStart };
}

/** Splits application arguments on top-level commas: not inside (), ${}, $[], or double quotes. */
export function splitArguments(text: string, range: Span, separator = ","): Token[] {
  const result: Token[] = [];
  // Character codes, not one-character strings: this loop reads every character of every argument.
  const separatorCode = separator.length === 1 ? separator.charCodeAt(0) : -1;
  let depth = 0;
  let inQuote = false;
  let start = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i === range.end) {
      result.push({ text: text.slice(start, i), span: { start, end: i } });
      // A list grown by push keeps room for 17: the parsed line keeps a copy of its own size.
      return result.slice();
    }
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      i++;
      continue;
    }
    if (c === 34 /* " */) inQuote = !inQuote;
    else if (inQuote) continue;
    else if (c === 40 /* ( */ || c === 123 /* { */ || c === 91 /* [ */) depth++;
    else if (c === 41 /* ) */ || c === 125 /* } */ || c === 93 /* ] */) depth = Math.max(0, depth - 1);
    else if (c === separatorCode && depth === 0) {
      result.push({ text: text.slice(start, i), span: { start, end: i } });
      start = i + 1;
    }
  }
  return result;
}
