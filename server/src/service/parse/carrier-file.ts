// Parser for VICIdial record files: `*.carrier` (one Modify Carrier entry) and `*.conftemplate` (one conf template).
// Format: `field: value` lines for single-line fields, `[[field]]` opens a multi-line field that runs to the next
// `[[...]]` line (or to an `[[end]]` line, which keeps the block's text exact, trailing line breaks included);
// `field (quoted): "..."` holds any text as one JSON string. `#` lines outside multi-line fields are comments.
// Field text keeps its offsets in the file.
import type { Span } from "../text/span";
import { trimSpan } from "./conf-parser";

export type RecordKind = "carrier" | "template";

export const CARRIER_FIELDS = [
  "carrier_id",
  "carrier_name",
  "carrier_description",
  "protocol",
  "server_ip",
  "active",
  "user_group",
  "template_id",
  "registration_string",
  "account_entry",
  "globals_string",
  "dialplan_entry",
] as const;

export const TEMPLATE_FIELDS = ["template_id", "template_name", "user_group", "template_contents"] as const;

/** Fields whose text VICIdial takes from a textarea (several lines). */
export const MULTILINE_FIELDS = new Set(["account_entry", "dialplan_entry", "template_contents"]);

export interface RecordField {
  name: string;
  nameSpan: Span;
  /** Field text exactly as the operator would paste it. */
  value: string;
  valueSpan: Span;
  /** Written as a `[[field]]` block. */
  block: boolean;
}

export type RecordProblemKind = "unknown-field" | "duplicate-field" | "not-a-field";

export interface RecordProblem {
  kind: RecordProblemKind;
  span: Span;
  text: string;
}

export interface RecordFile {
  kind: RecordKind;
  text: string;
  fields: Map<string, RecordField>;
  problems: RecordProblem[];
}

const BLOCK_HEADER = /^\[\[\s*([A-Za-z_][A-Za-z0-9_]*)\s*\]\]\s*$/;
const SIMPLE_FIELD = /^([A-Za-z_][A-Za-z0-9_]*)\s*:/;
/** `field (quoted): "JSON string"`: any text, line breaks and edge spaces included, on one line. */
const QUOTED_FIELD = /^([A-Za-z_][A-Za-z0-9_]*)\s+\(quoted\)\s*:\s*("(?:[^"\\]|\\.)*")\s*$/;
/** Ends a `[[field]]` block exactly: its text is everything up to the line break before this line. */
export const BLOCK_END = "end";

export function parseRecordFile(text: string, kind: RecordKind): RecordFile {
  const known: ReadonlySet<string> = new Set<string>(kind === "carrier" ? CARRIER_FIELDS : TEMPLATE_FIELDS);
  const fields = new Map<string, RecordField>();
  const problems: RecordProblem[] = [];
  let open: { name: string; nameSpan: Span; bodyStart: number; lastContentEnd: number } | undefined;

  const add = (field: RecordField) => {
    if (!known.has(field.name)) problems.push({ kind: "unknown-field", span: field.nameSpan, text: field.name });
    else if (fields.has(field.name)) problems.push({ kind: "duplicate-field", span: field.nameSpan, text: field.name });
    else fields.set(field.name, field);
  };
  const closeBlock = (exactEnd?: number) => {
    if (!open) return;
    const end = exactEnd ?? Math.max(open.bodyStart, open.lastContentEnd);
    const valueSpan = { start: open.bodyStart, end };
    add({ name: open.name, nameSpan: open.nameSpan, value: text.slice(valueSpan.start, valueSpan.end), valueSpan, block: true });
    open = undefined;
  };

  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    const next = end < 0 ? text.length + 1 : end + 1;
    if (end < 0) end = text.length;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const lineText = text.slice(start, contentEnd);
    const header = BLOCK_HEADER.exec(lineText);
    if (header && header[1] === BLOCK_END) {
      if (open) closeBlock(start > open.bodyStart && text[start - 1] === "\n" ? start - 1 : Math.max(start, open.bodyStart));
      else problems.push({ kind: "not-a-field", span: trimSpan(text, { start, end: contentEnd }), text: lineText.trim() });
    } else if (header) {
      closeBlock();
      const nameStart = start + lineText.indexOf(header[1]);
      open = { name: header[1], nameSpan: { start: nameStart, end: nameStart + header[1].length }, bodyStart: Math.min(next, text.length), lastContentEnd: 0 };
    } else if (open) {
      if (lineText.trim().length > 0) open.lastContentEnd = contentEnd;
    } else {
      parseSimpleLine(text, { start, end: contentEnd }, lineText, add, problems);
    }
    start = next;
  }
  closeBlock();
  return { kind, text, fields, problems };
}

function parseSimpleLine(
  text: string,
  line: Span,
  lineText: string,
  add: (field: RecordField) => void,
  problems: RecordProblem[],
): void {
  const trimmed = lineText.trim();
  if (trimmed.length === 0 || trimmed.startsWith("#")) return;
  const quoted = QUOTED_FIELD.exec(lineText.trimStart());
  if (quoted) {
    const nameStart = line.start + lineText.indexOf(quoted[1]);
    const literalStart = line.start + lineText.lastIndexOf(quoted[2]);
    let value: unknown;
    try {
      value = JSON.parse(quoted[2]);
    } catch {
      value = undefined;
    }
    if (typeof value === "string") {
      const valueSpan = { start: literalStart + 1, end: literalStart + quoted[2].length - 1 };
      add({ name: quoted[1], nameSpan: { start: nameStart, end: nameStart + quoted[1].length }, value, valueSpan, block: false });
      return;
    }
  }
  const match = SIMPLE_FIELD.exec(lineText.trimStart());
  if (!match) {
    const content = trimSpan(text, line);
    problems.push({ kind: "not-a-field", span: content, text: text.slice(content.start, content.end) });
    return;
  }
  const nameStart = line.start + lineText.indexOf(match[1]);
  const nameSpan = { start: nameStart, end: nameStart + match[1].length };
  const valueSpan = trimSpan(text, { start: line.start + lineText.indexOf(":") + 1, end: line.end });
  add({ name: match[1], nameSpan, value: text.slice(valueSpan.start, valueSpan.end), valueSpan, block: false });
}
