// Test helpers: build a workspace from inline files, read findings with 1-based lines, apply fixes.
import assert from "node:assert/strict";
import { LanguageService } from "../server/src/service/language-service";
import type { Finding, QuickFix } from "../server/src/service/rules/types";
import { LineIndex } from "../server/src/service/text/span";
import type { ServiceSettings } from "../server/src/service/settings";
import { Workspace } from "../server/src/service/model/workspace";

export const WS = "/ws/";

export interface LineFinding extends Finding {
  /** 1-based line of the finding's start. */
  line: number;
  file: string;
}

/** A service holding the given files (names relative to /ws/). */
export function workspaceOf(files: Record<string, string>, settings: Partial<ServiceSettings> = {}): LanguageService {
  const service = new LanguageService(settings);
  for (const [name, text] of Object.entries(files)) service.setDocument(WS + name, text);
  return service;
}

/** A bare workspace model holding the given files (under /ws/), with its sip.conf unit and that unit's sections by name. */
export function sipUnitOf(files: Record<string, string>) {
  const ws = new Workspace();
  for (const [name, text] of Object.entries(files)) ws.setDocument(WS + name, text);
  const unit = () => ws.units().find((u) => u.root === WS + "sip.conf")!;
  const section = (name: string) => unit().sections.find((s) => s.name === name)!;
  return { ws, unit, section };
}

/** Every finding of the workspace with its file name and 1-based line. */
export function lint(files: Record<string, string>, settings: Partial<ServiceSettings> = {}): LineFinding[] {
  return findingsOf(workspaceOf(files, settings));
}

export function findingsOf(service: LanguageService): LineFinding[] {
  const result: LineFinding[] = [];
  for (const [uri, findings] of service.allDiagnostics()) {
    const index = new LineIndex(service.workspace.document(uri)?.text ?? "");
    for (const f of findings) result.push({ ...f, file: uri.slice(WS.length), line: index.positionAt(f.span.start).line + 1 });
  }
  return result;
}

/** Findings with a given code. */
export function withCode(findings: LineFinding[], code: string): LineFinding[] {
  return findings.filter((f) => f.code === code);
}

/** Asserts exactly the given (file:)line numbers carry `code`. */
export function assertLines(findings: LineFinding[], code: string, expected: (number | string)[]): void {
  const actual = withCode(findings, code)
    .map((f) => (typeof expected[0] === "string" ? `${f.file}:${f.line}` : f.line))
    .sort();
  assert.deepEqual(actual, [...expected].sort(), `${code}: ${JSON.stringify(withCode(findings, code).map((f) => [f.file, f.line, f.message]))}`);
}

/** Applies a fix's edits to the texts of a workspace and returns the new texts by file name. */
export function applyFix(service: LanguageService, fix: QuickFix): Record<string, string> {
  const byUri = new Map<string, QuickFix["edits"]>();
  for (const edit of fix.edits) byUri.set(edit.uri, [...(byUri.get(edit.uri) ?? []), edit]);
  const result: Record<string, string> = {};
  for (const [uri, edits] of byUri) {
    let text = service.workspace.document(uri)?.text ?? "";
    for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) {
      text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
    }
    result[uri.slice(WS.length)] = text;
  }
  return result;
}

/** The fixes offered for the first finding with `code`; fails when there is none. */
export function fixesFor(service: LanguageService, code: string): QuickFix[] {
  const finding = findingsOf(service).find((f) => f.code === code);
  assert.ok(finding, `no finding ${code}`);
  return service.quickFixes([finding]);
}

/** Splits a text with a `|` cursor marker into the text and the offset. */
export function cursor(textWithMarker: string, marker = "|"): { text: string; offset: number } {
  const offset = textWithMarker.indexOf(marker);
  assert.ok(offset >= 0, "no cursor marker");
  return { text: textWithMarker.slice(0, offset) + textWithMarker.slice(offset + marker.length), offset };
}

/** Every finding of a run as one line of text (message, span, data): to compare an incremental run with a fresh one. */
export function findingTexts(findings: Map<string, Finding[]>): string[] {
  return [...findings.values()].flat().map((f) => `${f.message} ${f.span.start}-${f.span.end} ${JSON.stringify(f.data)}`);
}
