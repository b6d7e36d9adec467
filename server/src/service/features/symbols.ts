// Document outline: sections (peers, templates, contexts) of a conf file, and the fields of a carrier record.
import type { AnalyzedDocument } from "../model/workspace";
import type { ConfTree } from "../parse/conf-syntax";
import type { Span } from "../text/span";

export type SymbolKind = "section" | "template" | "context" | "field" | "option" | "extension";

export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  span: Span;
  selectionSpan: Span;
  children: OutlineSymbol[];
}

export function documentSymbols(doc: AnalyzedDocument): OutlineSymbol[] {
  if (doc.conf) return sectionSymbols(doc.conf, doc.kind.kind === "conf" && doc.kind.dialect === "extensions");
  if (!doc.record) return [];
  const result: OutlineSymbol[] = [];
  for (const field of doc.record.fields.values()) {
    const tree = doc.fieldTrees.get(field.name);
    const isDialplan = field.name === "dialplan_entry" || field.name === "globals_string";
    result.push({
      name: field.name,
      detail: field.block ? undefined : field.value.slice(0, 60),
      kind: "field",
      span: { start: field.nameSpan.start, end: Math.max(field.nameSpan.end, field.valueSpan.end) },
      selectionSpan: field.nameSpan,
      children: tree && field.block ? sectionSymbols(tree, isDialplan) : [],
    });
  }
  return result;
}

function sectionSymbols(tree: ConfTree, isDialplan: boolean): OutlineSymbol[] {
  const result: OutlineSymbol[] = [];
  let current: OutlineSymbol | undefined;
  const seenExtensions = new Set<string>();
  for (const line of tree.lines) {
    if (line.kind === "section") {
      const kind = line.isTemplate ? "template" : isDialplan ? "context" : "section";
      const bases = line.bases.map((b) => b.text).join(", ");
      current = { name: line.name, detail: bases || undefined, kind, span: { ...line.line }, selectionSpan: line.nameSpan, children: [] };
      seenExtensions.clear();
      result.push(current);
    } else if (current) {
      current.span.end = line.line.end;
      if (isDialplan && line.kind === "option" && line.key.toLowerCase() === "exten") {
        const extension = line.value.split(",")[0].trim();
        if (!seenExtensions.has(extension)) {
          seenExtensions.add(extension);
          current.children.push({ name: extension, kind: "extension", span: line.line, selectionSpan: line.valueSpan, children: [] });
        }
      }
    }
  }
  return result;
}
