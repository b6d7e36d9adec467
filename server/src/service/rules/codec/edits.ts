// Text edits the codec fixes share: deleting or moving a whole physical line, keeping the document's line breaks.
import type { TextEdit } from "../types";

/** The physical line holding `offset`: content span and the line break after it ("" for the last line). */
export function physicalLine(text: string, offset: number): { start: number; end: number; eol: string } {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  let end = text.indexOf("\n", offset);
  if (end < 0) return { start, end: text.length, eol: "" };
  const eol = end > start && text[end - 1] === "\r" ? "\r\n" : "\n";
  if (eol === "\r\n") end--;
  return { start, end, eol };
}


/** Deletes the physical line holding `offset`, with its line break (or the one before it on the last line). */
export function wholeLineDeletion(uri: string, text: string, offset: number): TextEdit {
  const line = physicalLine(text, offset);
  if (line.eol.length > 0) return { uri, span: { start: line.start, end: line.end + line.eol.length }, newText: "" };
  const previous = line.start > 0 ? (text[line.start - 2] === "\r" ? line.start - 2 : line.start - 1) : line.start;
  return { uri, span: { start: previous, end: line.end }, newText: "" };
}
