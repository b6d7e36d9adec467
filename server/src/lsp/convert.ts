// Converts between the service's offsets/findings and LSP ranges/diagnostics. Only the LSP adapter uses this.
import {
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  InsertTextFormat,
  SymbolKind,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Range,
} from "vscode-languageserver/node";
import type { CompletionEntry } from "../service/features/completion/index";
import type { OutlineSymbol } from "../service/features/symbols";
import type { Finding, Severity } from "../service/rules/types";
import { LineIndex, type Span } from "../service/text/span";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(index: LineIndex, span: Span): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}

export function toDiagnostic(finding: Finding, index: LineIndex, indexOf: (uri: string) => LineIndex | undefined): Diagnostic {
  const tags = finding.tags?.map((t) => (t === "unnecessary" ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  return {
    range: toRange(index, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: "vicidial",
    message: finding.message,
    tags: tags && tags.length > 0 ? tags : undefined,
    relatedInformation: finding.related?.flatMap((r) => {
      const other = indexOf(r.uri);
      return other ? [{ location: { uri: r.uri, range: toRange(other, r.span) }, message: r.message }] : [];
    }),
  };
}

const COMPLETION_KIND: Record<CompletionEntry["kind"], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  codec: CompletionItemKind.EnumMember,
  section: CompletionItemKind.Module,
  snippet: CompletionItemKind.Snippet,
  application: CompletionItemKind.Function,
  variable: CompletionItemKind.Variable,
  field: CompletionItemKind.Field,
  keyword: CompletionItemKind.Keyword,
};

export function toCompletionItem(entry: CompletionEntry, index: LineIndex): CompletionItem {
  const item: CompletionItem = {
    label: entry.label,
    kind: COMPLETION_KIND[entry.kind],
    detail: entry.detail,
    documentation: entry.documentation ? { kind: "markdown", value: entry.documentation } : undefined,
    insertTextFormat: entry.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (entry.sortText) item.sortText = entry.sortText;
  const newText = entry.insertText ?? entry.label;
  if (entry.replace) item.textEdit = { range: toRange(index, entry.replace), newText };
  else item.insertText = newText;
  return item;
}

const SYMBOL_KIND: Record<OutlineSymbol["kind"], SymbolKind> = {
  section: SymbolKind.Object,
  template: SymbolKind.Class,
  context: SymbolKind.Namespace,
  field: SymbolKind.Field,
  option: SymbolKind.Property,
  extension: SymbolKind.Function,
};

export function toDocumentSymbol(symbol: OutlineSymbol, index: LineIndex): DocumentSymbol {
  return {
    name: symbol.name || "(unnamed)",
    detail: symbol.detail,
    kind: SYMBOL_KIND[symbol.kind],
    range: toRange(index, symbol.span),
    selectionRange: toRange(index, symbol.selectionSpan),
    children: symbol.children.map((c) => toDocumentSymbol(c, index)),
  };
}
