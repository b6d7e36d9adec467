// Requests about the text under the cursor: hover, completion, quick fixes (code actions) and the outline.
import { CodeActionKind, type CodeAction, type WorkspaceEdit } from "vscode-languageserver/node";
import type { QuickFix } from "../service/rules/types";
import type { LineIndex } from "../service/text/span";
import type { ServerContext } from "./context";
import { toCompletionItem, toDocumentSymbol, toRange } from "./convert";

export function registerEditingRequests(ctx: ServerContext): void {
  const { connection, service, generated, indexOf, safely } = ctx;

  connection.onHover((params) =>
    safely("hover", null, () => {
      const uri = params.textDocument.uri;
      const index = indexOf(uri);
      if (!index) return null;
      const result = (generated.serviceOf(uri) ?? service).hover(uri, index.offsetAt(params.position));
      if (!result) return null;
      return { contents: { kind: "markdown", value: result.markdown }, range: result.span ? toRange(index, result.span) : undefined };
    }),
  );

  connection.onCompletion((params) =>
    safely("completion", [], () => {
      const index = indexOf(params.textDocument.uri);
      if (!index) return [];
      return service.completions(params.textDocument.uri, index.offsetAt(params.position)).map((e) => toCompletionItem(e, index));
    }),
  );

  connection.onCodeAction((params) =>
    safely("code action", [], () => {
      const uri = params.textDocument.uri;
      const index = indexOf(uri);
      if (!index) return [];
      const current = service.findingsAt(uri, index.offsetAt(params.range.start), index.offsetAt(params.range.end));
      const sentCodes = new Set(params.context.diagnostics.map((d) => String(d.code)));
      const findings = sentCodes.size > 0 ? current.filter((f) => sentCodes.has(f.code)) : current;
      const fixes = [...service.quickFixes(findings), ...service.suppressionFixes(findings)];
      return fixes.map((fix) => toCodeAction(fix, indexOf));
    }),
  );

  connection.onDocumentSymbol((params) =>
    safely("symbols", [], () => {
      const uri = params.textDocument.uri;
      const index = indexOf(uri);
      return index ? (generated.serviceOf(uri) ?? service).symbols(uri).map((s) => toDocumentSymbol(s, index)) : [];
    }),
  );
}

function toCodeAction(fix: QuickFix, indexOf: (uri: string) => LineIndex | undefined): CodeAction {
  const changes: WorkspaceEdit["changes"] = {};
  for (const edit of fix.edits) {
    const index = indexOf(edit.uri);
    if (!index) continue;
    (changes[edit.uri] ??= []).push({ range: toRange(index, edit.span), newText: edit.newText });
  }
  return { title: fix.title, kind: CodeActionKind.QuickFix, isPreferred: fix.isPreferred, edit: { changes }, diagnostics: undefined };
}
