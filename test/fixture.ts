// Annotated fixtures for rule tests: the config text with each expected finding marked under its line, e.g.
//     secert=abc
//     ;^^^^^^ warning peer/unknown-option: Did you mean 'secret'
// `checkFixture` analyses the text (annotation lines removed) and compares; `checkFix` applies a quick fix.
import assert from "node:assert/strict";
import { LanguageService } from "../server/src/service/language-service";
import type { Finding, QuickFix, Severity } from "../server/src/service/rules/types";
import type { ServiceSettings } from "../server/src/service/settings";
import { LineIndex } from "../server/src/service/text/span";

/** Where fixture files live in the service (the same root as helpers.ts). */
export const FIXTURE_ROOT = "/ws/";

const SEVERITIES: readonly Severity[] = ["error", "warning", "information", "hint"];
const FILE_MARKER = /^\/\/- (\S+)\s*$/;
// Optional `;` (so a pasted fixture stays a valid conf comment), spaces, carets, severity, code, optional message part.
const ANNOTATION = /^(;?\s*)(\^+)\s+(error|warning|information|hint)\s+([a-z]+\/[a-z0-9-]+)(?:\s*:\s*(.*))?$/;

export interface FixtureOptions {
  /** File name when the fixture has no `//- name` line (default `sip.conf`). */
  file?: string;
  settings?: Partial<ServiceSettings>;
  /** Also require information and hint findings to be marked (default: only warnings and errors). */
  exhaustive?: boolean;
  /** Only compare findings with these codes (others are ignored whatever their severity). */
  only?: string[];
}

/** One expected finding, read from an annotation line. */
interface Expected {
  file: string;
  line: number; // 0-based line of the text after annotations are removed
  startColumn: number;
  endColumn: number;
  severity: Severity;
  code: string;
  messagePart: string;
}

interface ParsedFixture {
  files: Map<string, string>;
  expected: Expected[];
}

/** Removes the first blank line and the indentation common to every non-blank line (fixtures sit in template literals). */
export function dedent(text: string): string {
  const lines = text.replace(/^[ \t]*\r?\n/, "").replace(/\n[ \t]*$/, "\n").split("\n");
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(common, /^[ \t]*/.exec(l)![0].length))).join("\n");
}

function parseFixture(fixture: string, defaultFile: string): ParsedFixture {
  const files = new Map<string, string[]>();
  const expected: Expected[] = [];
  let current = defaultFile;
  for (const raw of dedent(fixture).split("\n")) {
    const marker = FILE_MARKER.exec(raw);
    if (marker) {
      // A file followed by another one ends with a line break (only the last file may end without one).
      const previous = files.get(current);
      if (previous && previous.length > 0 && previous[previous.length - 1] !== "") previous.push("");
      current = marker[1];
      files.set(current, files.get(current) ?? []);
      continue;
    }
    const lines = files.get(current) ?? [];
    files.set(current, lines);
    const note = ANNOTATION.exec(raw);
    if (!note) {
      lines.push(raw);
      continue;
    }
    assert.ok(lines.length > 0, `annotation before any line in ${current}: ${raw}`);
    const startColumn = note[1].length;
    expected.push({
      file: current,
      line: lines.length - 1,
      startColumn,
      endColumn: startColumn + note[2].length,
      severity: note[3] as Severity,
      code: note[4],
      messagePart: (note[5] ?? "").trim(),
    });
  }
  const texts = new Map<string, string>();
  for (const [name, lines] of files) texts.set(name, lines.join("\n"));
  return { files: texts, expected };
}

/** A finding placed on its line, in the shape annotations describe. */
interface Placed {
  file: string;
  line: number;
  startColumn: number;
  endColumn: number;
  finding: Finding;
}

function place(service: LanguageService, files: Map<string, string>): Placed[] {
  const placed: Placed[] = [];
  for (const [uri, findings] of service.allDiagnostics()) {
    const name = uri.slice(FIXTURE_ROOT.length);
    const text = files.get(name) ?? service.workspace.document(uri)?.text ?? "";
    const index = new LineIndex(text);
    for (const finding of findings) {
      const start = index.positionAt(finding.span.start);
      const end = index.positionAt(finding.span.end);
      const lineLength = (text.split("\n")[start.line] ?? "").replace(/\r$/, "").length;
      const endColumn = end.line === start.line ? end.character : lineLength;
      placed.push({ file: name, line: start.line, startColumn: start.character, endColumn: Math.max(endColumn, start.character + 1), finding });
    }
  }
  return placed;
}

const matches = (e: Expected, p: Placed) =>
  e.file === p.file &&
  e.line === p.line &&
  e.startColumn === p.startColumn &&
  e.endColumn === p.endColumn &&
  e.severity === p.finding.severity &&
  e.code === p.finding.code &&
  p.finding.message.includes(e.messagePart);

/** The fixture text with every given finding written as an annotation, to show in a failure. */
function render(files: Map<string, string>, placed: Placed[]): string {
  const out: string[] = [];
  for (const [name, text] of files) {
    if (files.size > 1) out.push(`//- ${name}`);
    text.split("\n").forEach((line, n) => {
      out.push(line);
      for (const p of placed.filter((x) => x.file === name && x.line === n)) {
        const pad = p.startColumn === 0 ? "" : ";".padEnd(p.startColumn, " ");
        out.push(`${pad}${"^".repeat(p.endColumn - p.startColumn)} ${p.finding.severity} ${p.finding.code}: ${p.finding.message}`);
      }
    });
  }
  return out.join("\n");
}

function serviceOf(files: Map<string, string>, settings: Partial<ServiceSettings> = {}): LanguageService {
  const service = new LanguageService(settings);
  for (const [name, text] of files) service.setDocument(FIXTURE_ROOT + name, text);
  return service;
}

/**
 * Analyses the fixture and asserts that every marked finding is reported (same file, line, columns, severity, code,
 * and a message containing the marked text), and that nothing unmarked is reported at warning or above.
 * Returns the service, for further checks.
 */
export function checkFixture(fixture: string, options: FixtureOptions = {}): LanguageService {
  const { files, expected } = parseFixture(fixture, options.file ?? "sip.conf");
  const service = serviceOf(files, options.settings);
  const relevant = (code: string) => !options.only || options.only.includes(code);
  const actual = place(service, files).filter((p) => relevant(p.finding.code));
  const unmatched = [...actual];
  const missing: Expected[] = [];
  for (const e of expected) {
    const at = unmatched.findIndex((p) => matches(e, p));
    if (at >= 0) unmatched.splice(at, 1);
    else missing.push(e);
  }
  const loud = (p: Placed) => options.exhaustive || SEVERITIES.indexOf(p.finding.severity) <= 1;
  const unexpected = unmatched.filter(loud);
  if (missing.length || unexpected.length) {
    const lines = [
      ...missing.map((e) => `missing: ${e.file}:${e.line + 1}:${e.startColumn + 1}-${e.endColumn + 1} ${e.severity} ${e.code}: ${e.messagePart}`),
      ...unexpected.map((p) => `unexpected: ${p.file}:${p.line + 1}:${p.startColumn + 1}-${p.endColumn + 1} ${p.finding.severity} ${p.finding.code}: ${p.finding.message}`),
      "actual findings, as a fixture:",
      render(files, actual),
    ];
    assert.fail(lines.join("\n"));
  }
  return service;
}

export interface FixOptions extends FixtureOptions {
  /** The code of the finding whose fix is applied. */
  code: string;
  /** Which of the offered fixes (default the first). */
  index?: number;
  /** The fix title must contain this text. */
  title?: string;
}

/** Applies a fix's edits and returns the new text of each file it touched. */
export function applyEdits(service: LanguageService, fix: QuickFix): Map<string, string> {
  const result = new Map<string, string>();
  const uris = [...new Set(fix.edits.map((e) => e.uri))];
  for (const uri of uris) {
    let text = service.workspace.document(uri)?.text ?? "";
    const edits = fix.edits.filter((e) => e.uri === uri).sort((a, b) => b.span.start - a.span.start);
    for (const edit of edits) text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
    result.set(uri.slice(FIXTURE_ROOT.length), text);
  }
  return result;
}

/**
 * Applies the fix of the first finding with `options.code` in `before` (annotations allowed and ignored) and asserts
 * the result equals `after`: one text when the fix touches one file, or `//- name` sections for several files.
 */
export function checkFix(before: string, after: string, options: FixOptions): void {
  const { files } = parseFixture(before, options.file ?? "sip.conf");
  const service = serviceOf(files, options.settings);
  const finding = [...service.allDiagnostics().values()].flat().find((f) => f.code === options.code);
  assert.ok(finding, `no ${options.code} finding to fix`);
  const fixes = service.quickFixes([finding]);
  const fix = fixes[options.index ?? 0];
  assert.ok(fix, `${options.code} offers ${fixes.length} fix(es)`);
  if (options.title) assert.ok(fix.title.includes(options.title), `fix title '${fix.title}' lacks '${options.title}'`);
  const changed = applyEdits(service, fix);
  const wanted = parseFixture(after, [...changed.keys()][0] ?? options.file ?? "sip.conf").files;
  for (const [name, text] of wanted) assert.equal(changed.get(name) ?? files.get(name), text, `${name} after '${fix.title}'`);
}

/** Asserts the finding with `code` offers no fix. */
export function checkNoFix(fixture: string, options: FixOptions): void {
  const { files } = parseFixture(fixture, options.file ?? "sip.conf");
  const service = serviceOf(files, options.settings);
  const finding = [...service.allDiagnostics().values()].flat().find((f) => f.code === options.code);
  assert.ok(finding, `no ${options.code} finding`);
  assert.deepEqual(service.quickFixes([finding]).map((f) => f.title), []);
}
