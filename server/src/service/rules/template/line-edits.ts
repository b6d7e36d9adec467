// Line-level text edits shared by the template fixes: copy a line, insert it after another, delete it cleanly.
import type { Span } from "../../text/span";
import { eolOf } from "../../text/line-breaks";
import type { TextEdit } from "../types";


/** Offset where the physical line holding `offset` starts. */
export function physicalLineStart(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
}

/** Offset just after the line break ending the line that holds `offset`, or the text length on the last line. */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf("\n", offset);
  return newline < 0 ? text.length : newline + 1;
}

/** Inserts `line` as a new line right after the line that holds `offset`. */
export function insertLineAfter(uri: string, text: string, offset: number, line: string): TextEdit {
  const eol = eolOf(text);
  const next = nextLineStart(text, offset);
  const endsWithBreak = next > 0 && text.charCodeAt(next - 1) === 10;
  if (endsWithBreak) return { uri, span: { start: next, end: next }, newText: line + eol };
  return { uri, span: { start: text.length, end: text.length }, newText: eol + line };
}

/**
 * Removes a conf line. When the line fills its physical line, the whole line goes with its line break (or the break
 * before it, on the last line); when it shares the physical line with other text (a single-line record field such
 * as `template_contents: secret=x`), only its own text goes.
 */
export function deleteLine(uri: string, text: string, line: Span): TextEdit {
  const start = physicalLineStart(text, line.start);
  if (start < line.start) return { uri, span: { start: line.start, end: line.end }, newText: "" };
  const next = nextLineStart(text, line.end);
  if (next > line.end) return { uri, span: { start, end: next }, newText: "" };
  const before = start > 0 ? (start >= 2 && text.charCodeAt(start - 2) === 13 ? start - 2 : start - 1) : start;
  return { uri, span: { start: before, end: text.length }, newText: "" };
}
