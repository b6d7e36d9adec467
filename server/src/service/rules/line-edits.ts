// Line-level text edits every fix shares: replace a span, insert a line after another (with the document's own line
// break and the indent of a neighbour), delete a conf line or a whole physical line. A fix that adds a line asks
// `workspace.canAddLineAfter` first (not inside a one-line record field, not after a line that opens a `;--` block).
import type { Span } from "../text/span";
import { eolOf } from "../text/line-breaks";
import type { TextEdit } from "./types";

export function replace(uri: string, span: Span, newText: string): TextEdit {
  return { uri, span, newText };
}

/** Offset where the physical line holding `offset` starts. */
function physicalLineStart(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
}

/** The physical line holding `offset`: content span and the line break after it ("" for the last line). */
export function physicalLine(text: string, offset: number): { start: number; end: number; eol: string } {
  const start = physicalLineStart(text, offset);
  let end = text.indexOf("\n", offset);
  if (end < 0) return { start, end: text.length, eol: "" };
  const eol = end > start && text[end - 1] === "\r" ? "\r\n" : "\n";
  if (eol === "\r\n") end--;
  return { start, end, eol };
}

/** The blanks at the start of the physical line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = physicalLineStart(text, offset);
  let end = start;
  while (end < text.length && (text[end] === " " || text[end] === "\t")) end++;
  return text.slice(start, end);
}

/** Inserts `line` as a new physical line after the line that holds `offset`. */
export function insertLineAfter(uri: string, text: string, offset: number, line: string): TextEdit {
  const eol = eolOf(text);
  const newline = text.indexOf("\n", offset);
  if (newline < 0) return { uri, span: { start: text.length, end: text.length }, newText: eol + line };
  return { uri, span: { start: newline + 1, end: newline + 1 }, newText: line + eol };
}

/**
 * Removes a conf line. When the line fills its physical line (blanks aside), the whole line goes with its line break
 * (or the break before it, on the last line); when it shares the physical line with other text (a single-line record
 * field such as `template_contents: secret=x`), only its own text goes.
 */
export function deleteLine(uri: string, text: string, line: Span): TextEdit {
  const start = physicalLineStart(text, line.start);
  if (text.slice(start, line.start).trim().length > 0) return { uri, span: line, newText: "" };
  const newline = text.indexOf("\n", line.end);
  if (newline >= 0) return { uri, span: { start, end: newline + 1 }, newText: "" };
  return { uri, span: { start: lineBreakBefore(text, start), end: text.length }, newText: "" };
}

/** Deletes the physical line holding `offset`, with its line break (or the one before it on the last line). */
export function wholeLineDeletion(uri: string, text: string, offset: number): TextEdit {
  const line = physicalLine(text, offset);
  if (line.eol.length > 0) return { uri, span: { start: line.start, end: line.end + line.eol.length }, newText: "" };
  return { uri, span: { start: lineBreakBefore(text, line.start), end: line.end }, newText: "" };
}

/** Where the line break before the line starting at `start` begins (`\r\n` or `\n`); `start` itself on the first line. */
function lineBreakBefore(text: string, start: number): number {
  if (start <= 0) return start;
  return start >= 2 && text.charCodeAt(start - 2) === 13 ? start - 2 : start - 1;
}
