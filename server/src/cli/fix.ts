// `--fix`: applies the quick fixes the editor offers as the preferred (or only) one, pass after pass until nothing is
// left to fix, and says what it changed. "Disable for this line" is never applied (it is no fix).
import type { LanguageService } from "../service/language-service";
import type { Finding, QuickFix, TextEdit } from "../service/rules/types";

const MAX_PASSES = 10;

export interface AppliedFix {
  uri: string;
  /** 1-based line of the finding, in the text as it was when the fix was applied. */
  line: number;
  code: string;
  title: string;
}

export interface FixOutcome {
  applied: AppliedFix[];
  /** New text of every document the fixes changed. */
  changed: Map<string, string>;
}

/** The fix `--fix` takes for a finding: the preferred one, or the only one offered; none when several compete. */
export function safeFix(service: LanguageService, finding: Finding): QuickFix | undefined {
  const fixes = service.quickFixes([finding]);
  return fixes.find((f) => f.isPreferred) ?? (fixes.length === 1 ? fixes[0] : undefined);
}

/**
 * Applies safe fixes to the service's documents. `wanted` says which findings to fix (the ones the user sees).
 * Fixes whose edits overlap one already taken in the same pass wait for the next pass, on the fixed text.
 */
export function applyFixes(service: LanguageService, wanted: (finding: Finding) => boolean): FixOutcome {
  const applied: AppliedFix[] = [];
  const changed = new Map<string, string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const taken = new Map<string, TextEdit[]>();
    const takenFixes: AppliedFix[] = [];
    for (const [uri, findings] of service.allDiagnostics()) {
      for (const finding of findings) {
        if (!wanted(finding)) continue;
        const fix = safeFix(service, finding);
        if (!fix || fix.edits.length === 0 || !changesText(service, fix.edits)) continue;
        if (fix.edits.some((edit) => (taken.get(edit.uri) ?? []).some((other) => overlaps(edit, other)))) continue;
        for (const edit of fix.edits) {
          const list = taken.get(edit.uri);
          if (list) list.push(edit);
          else taken.set(edit.uri, [edit]);
        }
        takenFixes.push({ uri, line: service.workspace.lineNumber(uri, finding.span.start), code: finding.code, title: fix.title });
      }
    }
    if (takenFixes.length === 0) break;
    for (const [uri, edits] of taken) {
      const text = service.workspace.document(uri)?.text;
      if (text === undefined) continue;
      const next = applyEdits(text, edits);
      if (next === text) continue;
      changed.set(uri, next);
      service.setDocument(uri, next);
    }
    applied.push(...takenFixes);
  }
  return { applied, changed };
}

function changesText(service: LanguageService, edits: TextEdit[]): boolean {
  return edits.some((edit) => service.workspace.document(edit.uri)?.text.slice(edit.span.start, edit.span.end) !== edit.newText);
}

/** Two edits overlap when their spans share a character, or both insert at the same place. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.uri !== b.uri) return false;
  if (a.span.start === a.span.end && b.span.start === b.span.end) return a.span.start === b.span.start;
  return a.span.start < b.span.end && b.span.start < a.span.end || (a.span.start === b.span.start);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end)) {
    out = out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end);
  }
  return out;
}
