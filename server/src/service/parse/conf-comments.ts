// Comments in Asterisk conf syntax: splits a line into the text outside `;` comments and `;-- --;` blocks (which may
// span lines and nest), and trims the content that is left. Used by the conf parser, line by line.
import type { Span } from "../text/span";

const SEMI = 59; // ;
const DASH = 45; // -
const BACKSLASH = 92;
export const CR = 13;
const MAX_BLOCK_NESTING = 128;

/** Content of one line once comments are removed. */
export interface LineScan {
  /** Spans of text that are not comment, in order. */
  segments: Span[];
  comment?: Span;
  hasEscape: boolean;
}

/** Splits a line into non-comment segments, tracking `;-- --;` nesting across lines. */
export function scanComments(text: string, from: number, to: number, state: { nesting: number; openedAt: number }): LineScan {
  const segments: Span[] = [];
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
      if (segStart >= 0 && i > segStart) segments.push({ start: segStart, end: i });
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
      return finish(segments, commentStart, commentEnd, hasEscape);
    }
    i++;
  }
  if (segStart >= 0 && to > segStart) segments.push({ start: segStart, end: to });
  return finish(segments, commentStart, commentEnd, hasEscape);
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

function finish(segments: Span[], commentStart: number, commentEnd: number, hasEscape: boolean): LineScan {
  const comment = commentStart >= 0 ? { start: commentStart, end: commentEnd } : undefined;
  return { segments, comment, hasEscape };
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

/** The span from the first to the last non-blank character outside comments, or undefined for none. */
export function contentOf(text: string, scan: LineScan): Span | undefined {
  const segments = scan.segments;
  // Trim in place of building trimmed copies: only the outer ends matter.
  let first = 0;
  let start = -1;
  for (; first < segments.length; first++) {
    let at = segments[first].start;
    const end = segments[first].end;
    while (at < end && isBlank(text.charCodeAt(at))) at++;
    if (at < end) {
      start = at;
      break;
    }
  }
  if (start < 0) return undefined;
  for (let last = segments.length - 1; last >= first; last--) {
    let end = segments[last].end;
    const from = last === first ? start : segments[last].start;
    while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > from) return { start, end };
  }
  return undefined;
}
