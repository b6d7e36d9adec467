// Comment directives that silence a finding where its author means it, applied after the rules ran (so the editor
// and the CLI both honour them), plus the "Disable CODE for this line" quick fixes and the unused-directive report.
//
//   ; vicidial-lint-disable-next-line CODE[,CODE...] [-- why]   silences those codes on the next line
//   ; vicidial-lint-disable CODE[,CODE...] [-- why]             silences those codes in the whole file
//
// In conf files the directive is a whole-line `;` comment. In `.carrier` / `.conftemplate` records it is a `#` comment
// line among the one-line fields, before the first `[[field]]` block: inside a block VICIdial copies every line into
// the generated conf (and deletes `;`), so a directive there would become config text. A finding inside a block is
// silenced with the file-wide form.
import type { AnalyzedDocument, Workspace } from "./model/workspace";
import type { Finding, QuickFix, Severity } from "./rules/types";
import type { Span } from "./text/span";
import { eolOf } from "./text/line-breaks";
import { wholeTree } from "./model/analyzed-document";
import type { ConfTree } from "./parse/conf-syntax";
import { BoundedCache } from "./util/bounded-cache";

export const UNUSED_SUPPRESSION = "syntax/unused-suppression";

const MARKER = "vicidial-lint-disable";
const MAX_CODE_LENGTH = 80;

export interface DirectiveCode {
  code: string;
  span: Span;
}

export interface Directive {
  scope: "next-line" | "file";
  /** 0-based line of the directive. */
  line: number;
  /** The directive line, line break included (what "remove the directive" deletes). */
  lineSpan: Span;
  codes: DirectiveCode[];
  /** Where a further code is appended (after the last code, before any `-- why`). */
  appendAt: number;
  /** The word `vicidial-lint-disable...` itself, for a directive that names no code. */
  keywordSpan: Span;
}

interface LineSlice {
  start: number;
  /** End of the content (before `\r\n` / `\n`). */
  end: number;
  /** Start of the next line. */
  next: number;
}

const directiveCache = new WeakMap<AnalyzedDocument, Directive[]>();

/** The comment character directives use in this document, or undefined when it has none. */
function commentCharOf(doc: AnalyzedDocument): "#" | ";" {
  return doc.record ? "#" : ";";
}

/** Offset of the first `[[field]]` line of a record (the end of the region where `#` comments are comments). */
function recordHeaderLimit(doc: AnalyzedDocument): number {
  if (!doc.record) return Number.POSITIVE_INFINITY;
  const match = /^[ \t]*\[\[/m.exec(doc.text);
  return match ? match.index : Number.POSITIVE_INFINITY;
}

function lineAt(text: string, offset: number): LineSlice {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  let end = text.indexOf("\n", offset);
  const next = end < 0 ? text.length : end + 1;
  if (end < 0) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end, next };
}

/** Parses a directive on one line, or undefined when the line is not one. */
function parseDirective(text: string, line: LineSlice, commentChar: string, lineNumber: number): Directive | undefined {
  const content = text.slice(line.start, line.end);
  const head = commentChar === "#" ? /^([ \t]*#+[ \t]*)/.exec(content) : /^([ \t]*;+[ \t]*)/.exec(content);
  if (!head) return undefined;
  const afterComment = head[1].length;
  if (!content.startsWith(MARKER, afterComment)) return undefined;
  let cursor = afterComment + MARKER.length;
  let scope: Directive["scope"] = "file";
  if (content.startsWith("-next-line", cursor)) {
    scope = "next-line";
    cursor += "-next-line".length;
  }
  if (cursor < content.length && !/[ \t]/.test(content[cursor])) return undefined;
  const keywordSpan = { start: line.start + afterComment, end: line.start + cursor };
  const reasonAt = content.indexOf(" --", cursor);
  const listEnd = reasonAt >= 0 ? reasonAt : content.length;
  const codes: DirectiveCode[] = [];
  const word = /[^\s,]+/g;
  word.lastIndex = cursor;
  let appendAt = keywordSpan.end;
  for (let m = word.exec(content); m && m.index < listEnd; m = word.exec(content)) {
    const start = line.start + m.index;
    const code = m[0].slice(0, Math.min(m[0].length, listEnd - m.index, MAX_CODE_LENGTH));
    codes.push({ code, span: { start, end: start + m[0].length } });
    appendAt = start + m[0].length;
  }
  return { scope, line: lineNumber, lineSpan: { start: line.start, end: line.next }, codes, appendAt, keywordSpan };
}

/**
 * The serials of conf trees whose text holds no marker at all. A re-parse of such a tree (`reusedFrom`) keeps the
 * text of the lines it did not parse anew, so it holds none either when those it parsed hold none: a keystroke in a
 * file of tens of thousands of lines searches the lines it changed for a directive, not the whole text.
 */
const MARKER_FREE = new BoundedCache<number, true>(256);

/** Whether a re-parse of a tree that held no marker parsed no marker anew (see MARKER_FREE). */
function freeOfMarkerAsReparsed(tree: ConfTree): boolean {
  if (tree.reusedFrom === undefined || !tree.keptLines || !MARKER_FREE.peek(tree.reusedFrom)) return false;
  const { lines, text } = tree;
  const { before, from } = tree.keptLines;
  const start = before < lines.length ? lines[before].line.start : text.length;
  const end = from < lines.length ? lines[from].line.start : text.length;
  return !text.slice(start, end).includes(MARKER);
}

/** Every directive of a document, cached per document revision (documents are replaced when they change). */
export function directivesOf(doc: AnalyzedDocument): Directive[] {
  const hit = directiveCache.get(doc);
  if (hit) return hit;
  const found: Directive[] = [];
  const text = doc.text;
  const tree = wholeTree(doc);
  const first = tree && freeOfMarkerAsReparsed(tree) ? -1 : text.indexOf(MARKER);
  if (tree && first < 0) MARKER_FREE.get(tree.serial, () => true);
  const commentChar = commentCharOf(doc);
  const limit = recordHeaderLimit(doc);
  let lineNumber = 0;
  let counted = 0;
  for (let at = first; at >= 0 && at < limit; at = text.indexOf(MARKER, at + MARKER.length)) {
    const line = lineAt(text, at);
    for (let i = text.indexOf("\n", counted); i >= 0 && i < line.start; i = text.indexOf("\n", i + 1)) {
      lineNumber++;
      counted = i + 1;
    }
    const directive = parseDirective(text, line, commentChar, lineNumber);
    if (directive) found.push(directive);
    at = Math.max(at, line.end) - MARKER.length;
  }
  directiveCache.set(doc, found);
  return found;
}

export interface SuppressionOptions {
  /** Whether a code names a rule (directives naming no rule are reported). */
  isKnownCode(code: string): boolean;
  /** The severity for unused-directive findings, or "off". */
  unusedSeverity: Severity | "off";
  /** Codes turned off by the settings: a directive naming one is not reported as unused. */
  isOff(code: string): boolean;
}

/** Drops the findings a directive silences and adds one finding per directive code that silenced nothing. */
export function applySuppressions(workspace: Workspace, byUri: Map<string, Finding[]>, options: SuppressionOptions): Map<string, Finding[]> {
  const result = new Map<string, Finding[]>();
  for (const [uri, findings] of byUri) {
    const doc = workspace.document(uri);
    // Kept per document revision: each round asks every document with findings, most of them unchanged.
    const directives = doc ? directivesOf(doc) : [];
    if (directives.length === 0) {
      result.set(uri, findings);
      continue;
    }
    const used = new Set<DirectiveCode>();
    const fileWide = new Map<string, DirectiveCode>();
    const byTargetLine = new Map<number, Directive>();
    for (const d of directives) {
      if (d.scope === "file") for (const c of d.codes) if (!fileWide.has(c.code)) fileWide.set(c.code, c);
      if (d.scope === "next-line") byTargetLine.set(d.line + 1, d);
    }
    const kept: Finding[] = [];
    for (const finding of findings) {
      const whole = fileWide.get(finding.code);
      if (whole) {
        used.add(whole);
        continue;
      }
      const line = workspace.lineNumber(uri, finding.span.start) - 1;
      const next = byTargetLine.get(line)?.codes.find((c) => c.code === finding.code);
      if (next) {
        used.add(next);
        continue;
      }
      kept.push(finding);
    }
    if (options.unusedSeverity !== "off") {
      for (const d of directives) kept.push(...unusedFindings(uri, d, used, options, options.unusedSeverity));
      kept.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
    }
    result.set(uri, kept);
  }
  return result;
}

function unusedFindings(uri: string, d: Directive, used: Set<DirectiveCode>, options: SuppressionOptions, severity: Severity): Finding[] {
  const where = d.scope === "file" ? "in this file" : "on the next line";
  if (d.codes.length === 0) {
    return [
      {
        code: UNUSED_SUPPRESSION,
        uri,
        span: d.keywordSpan,
        severity,
        message: `This ${d.scope === "file" ? "vicidial-lint-disable" : "vicidial-lint-disable-next-line"} comment names no rule code, so it silences nothing. Name the codes to silence, e.g. 'syntax/missing-equals'.`,
        data: { remove: d.lineSpan },
      },
    ];
  }
  const out: Finding[] = [];
  d.codes.forEach((c, i) => {
    if (used.has(c)) return;
    const known = options.isKnownCode(c.code);
    if (known && options.isOff(c.code)) return;
    const message = known
      ? `'${c.code}' reports nothing ${where}, so this directive is not needed.`
      : `'${c.code}' is not a rule code, so this directive silences nothing. Codes look like 'area/rule-name' (see docs/rules.md).`;
    out.push({ code: UNUSED_SUPPRESSION, uri, span: c.span, severity, message, data: { remove: removalSpan(d, i) } });
  });
  return out;
}

/** What to delete to drop code `i` of a directive: the whole line when it is the only code, else the code and one comma. */
function removalSpan(d: Directive, i: number): Span {
  if (d.codes.length === 1) return d.lineSpan;
  const code = d.codes[i];
  if (i > 0) return { start: d.codes[i - 1].span.end, end: code.span.end };
  return { start: code.span.start, end: d.codes[1].span.start };
}

/** "Disable CODE for this line" (or "for this file" inside a record's multi-line field) for each finding. */
export function suppressionFixes(workspace: Workspace, findings: readonly Finding[]): QuickFix[] {
  const fixes: QuickFix[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    if (finding.code === UNUSED_SUPPRESSION) continue;
    const doc = workspace.document(finding.uri);
    if (!doc) continue;
    const fix = suppressionFix(doc, finding);
    if (!fix) continue;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    seen.add(key);
    fixes.push(fix);
  }
  return fixes;
}

function suppressionFix(doc: AnalyzedDocument, finding: Finding): QuickFix | undefined {
  const text = doc.text;
  const eol = eolOf(text);
  const line = lineAt(text, Math.min(finding.span.start, text.length));
  const code = finding.code;
  if (doc.record && line.start >= recordHeaderLimit(doc)) {
    const existing = directivesOf(doc).find((d) => d.scope === "file" && d.codes.length > 0);
    const edit = existing
      ? { uri: doc.uri, span: { start: existing.appendAt, end: existing.appendAt }, newText: `,${code}` }
      : { uri: doc.uri, span: { start: bomLength(text), end: bomLength(text) }, newText: `# ${MARKER} ${code}${eol}` };
    return { title: `Disable ${code} for this file`, edits: [edit] };
  }
  const commentChar = commentCharOf(doc);
  if (line.start > 0) {
    const previous = lineAt(text, line.start - 1);
    const directive = parseDirective(text, previous, commentChar, 0);
    if (directive?.scope === "next-line") {
      if (directive.codes.some((c) => c.code === code)) return undefined;
      const newText = directive.codes.length > 0 ? `,${code}` : ` ${code}`;
      return { title: `Disable ${code} for this line`, edits: [{ uri: doc.uri, span: { start: directive.appendAt, end: directive.appendAt }, newText }] };
    }
  }
  const indent = /^[ \t]*/.exec(text.slice(line.start, line.end))?.[0] ?? "";
  const at = line.start === 0 ? bomLength(text) : line.start;
  return {
    title: `Disable ${code} for this line`,
    edits: [{ uri: doc.uri, span: { start: at, end: at }, newText: `${indent}${commentChar} ${MARKER}-next-line ${code}${eol}` }],
  };
}

function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}
