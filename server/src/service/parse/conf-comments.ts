// Comments in Asterisk conf syntax: splits a line into the text outside `;` comments and `;-- --;` blocks (which may
// span lines and nest), and trims the content that is left. Used by the conf parser, line by line.
import type { Span } from "../text/span";

const SEMI = 59; // ;
const DASH = 45; // -
const BACKSLASH = 92;
export const CR = 13;
const MAX_BLOCK_NESTING = 128;

/**
 * Content of one line once comments are removed. The parser keeps one and scans every line into it (no objects made
 * per line but the comment's span, which the line's node keeps): read it before the next line is scanned.
 */
export interface LineScan {
  /** Where the text that is not comment starts and ends, in order: start, end, start, end ... (the first `ends`). */
  segments: number[];
  /** How many numbers of `segments` this line uses (the array is reused, never shrunk). */
  ends: number;
  comment?: Span;
  hasEscape: boolean;
  /** Where the content starts and ends, once `contentOf` has found it. */
  contentStart: number;
  contentEnd: number;
}

/** A scan to pass to `scanComments`. */
export function newLineScan(): LineScan {
  return { segments: [], ends: 0, comment: undefined, hasEscape: false, contentStart: 0, contentEnd: 0 };
}

/** Splits a line into non-comment segments, tracking `;-- --;` nesting across lines; the result is `scan`, refilled. */
export function scanComments(text: string, from: number, to: number, state: { nesting: number; openedAt: number }, scan: LineScan): LineScan {
  scan.ends = 0;
  let commentStart = -1;
  let commentEnd = -1;
  let segStart = state.nesting > 0 ? -1 : from;
  let hasEscape = false;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (state.nesting > 0) {
      if (c === DASH && text.charCodeAt(i + 1) === DASH && text.charCodeAt(i + 2) === SEMI && i + 2 < to) {
        state.nesting--;
        if (commentStart < 0) commentStart = i;
        commentEnd = i + 3;
        i += 3;
        if (state.nesting === 0) segStart = i;
        continue;
      }
      if (isBlockOpen(text, i, to)) {
        if (state.nesting < MAX_BLOCK_NESTING) state.nesting++;
        i += 3;
        continue;
      }
      if (commentStart < 0) commentStart = i;
      commentEnd = i + 1;
      i++;
      continue;
    }
    if (c === BACKSLASH && text.charCodeAt(i + 1) === SEMI && i + 1 < to) {
      hasEscape = true;
      i += 2;
      continue;
    }
    if (c === SEMI) {
      if (segStart >= 0 && i > segStart) addSegment(scan, segStart, i);
      segStart = -1;
      if (isBlockOpen(text, i, to)) {
        state.nesting = 1;
        state.openedAt = i;
        if (commentStart < 0) commentStart = i;
        commentEnd = i + 3;
        i += 3;
        continue;
      }
      if (commentStart < 0) commentStart = i;
      commentEnd = to;
      return finish(scan, commentStart, commentEnd, hasEscape);
    }
    i++;
  }
  if (segStart >= 0 && to > segStart) addSegment(scan, segStart, to);
  return finish(scan, commentStart, commentEnd, hasEscape);
}

function addSegment(scan: LineScan, start: number, end: number): void {
  scan.segments[scan.ends++] = start;
  scan.segments[scan.ends++] = end;
}

/** `;--` opens a block comment; `;---` does not. */
function isBlockOpen(text: string, i: number, to: number): boolean {
  return (
    i + 2 < to &&
    text.charCodeAt(i) === SEMI &&
    text.charCodeAt(i + 1) === DASH &&
    text.charCodeAt(i + 2) === DASH &&
    (i + 3 >= to || text.charCodeAt(i + 3) !== DASH)
  );
}

function finish(scan: LineScan, commentStart: number, commentEnd: number, hasEscape: boolean): LineScan {
  scan.comment = commentStart >= 0 ? { start: commentStart, end: commentEnd } : undefined;
  scan.hasEscape = hasEscape;
  return scan;
}

export function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === CR || code === 0xfeff;
}

/** Trims blanks from both ends of a span. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Finds the first to the last non-blank character outside comments and leaves them in the scan (`contentStart`,
 * `contentEnd`); false when there is none.
 */
export function contentOf(text: string, scan: LineScan): boolean {
  const segments = scan.segments;
  // Trim in place of building trimmed copies: only the outer ends matter.
  let first = 0;
  let start = -1;
  for (; first < scan.ends; first += 2) {
    let at = segments[first];
    const end = segments[first + 1];
    while (at < end && isBlank(text.charCodeAt(at))) at++;
    if (at < end) {
      start = at;
      break;
    }
  }
  if (start < 0) return false;
  for (let last = scan.ends - 2; last >= first; last -= 2) {
    let end = segments[last + 1];
    const from = last === first ? start : segments[last];
    while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > from) {
      scan.contentStart = start;
      scan.contentEnd = end;
      return true;
    }
  }
  return false;
}

/** The first non-blank position of `text[start, end)`, or `end`. */
export function skipBlanks(text: string, start: number, end: number): number {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  return start;
}

/** The end of `text[start, end)` without its trailing blanks (`start` when all blank). */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}
