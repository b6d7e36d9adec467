// Text edits the peer fixes share: replace a span, insert a line after another, delete a line.
import type { Span } from "../../text/span";
import { eolOf } from "../../text/line-breaks";
import type { Finding, FixContext, QuickFix, TextEdit } from "../types";


/** Inserts `line` as a new physical line after the line that holds `offset`. */
export function insertLineAfter(uri: string, text: string, offset: number, line: string): TextEdit {
  const eol = eolOf(text);
  const newline = text.indexOf("\n", offset);
  if (newline < 0) return { uri, span: { start: text.length, end: text.length }, newText: eol + line };
  return { uri, span: { start: newline + 1, end: newline + 1 }, newText: line + eol };
}

/** The blanks at the start of the physical line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = offset <= 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
  let end = start;
  while (end < text.length && (text[end] === " " || text[end] === "\t")) end++;
  return text.slice(start, end);
}

/** Removes a whole physical line (with its break) when the conf line fills it; otherwise only the line's own text. */
export function deleteLine(uri: string, text: string, line: Span): TextEdit {
  const start = line.start <= 0 ? 0 : text.lastIndexOf("\n", line.start - 1) + 1;
  if (text.slice(start, line.start).trim().length > 0) return { uri, span: line, newText: "" };
  const newline = text.indexOf("\n", line.end);
  if (newline >= 0) return { uri, span: { start, end: newline + 1 }, newText: "" };
  let before = start;
  if (before > 0) before = before >= 2 && text.charCodeAt(before - 2) === 13 ? before - 2 : before - 1;
  return { uri, span: { start: before, end: text.length }, newText: "" };
}

export function replace(uri: string, span: Span, newText: string): TextEdit {
  return { uri, span, newText };
}


/**
 * The fix of a finding on an option key whose data says `replacement` (the key to write instead, preferred) or
 * `remove` (the line to delete).
 */
export function replaceOrRemoveKeyFix(finding: Finding, ctx: FixContext): QuickFix[] {
  const replacement = finding.data?.replacement;
  const remove = finding.data?.remove as Span | undefined;
  const text = ctx.textOf(finding.uri);
  if (remove && text !== undefined) return [{ title: "Remove the line", edits: [deleteLine(finding.uri, text, remove)] }];
  if (typeof replacement !== "string") return [];
  return [{ title: `Change to '${replacement}'`, isPreferred: true, edits: [replace(finding.uri, finding.span, replacement)] }];
}
