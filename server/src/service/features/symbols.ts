// Document outline: sections (peers, templates, contexts) of a conf file, and the fields of a carrier record.
import type { AnalyzedDocument, Workspace } from "../model/workspace";
import type { Assignment, ConfTree } from "../parse/conf-syntax";
import { dialplanIndex, type DialplanStep } from "../model/dialplan";
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

/** Steps of the dialplan lines of a document, by line, so the outline can show resolved priorities. */
function stepsOf(doc: AnalyzedDocument, workspace: Workspace | undefined): Map<Assignment, DialplanStep> {
  const steps = new Map<Assignment, DialplanStep>();
  if (!workspace) return steps;
  for (const dialplan of dialplanIndex(workspace).dialplans) for (const step of dialplan.steps) if (step.uri === doc.uri) steps.set(step.option.node, step);
  return steps;
}

export function documentSymbols(doc: AnalyzedDocument, workspace?: Workspace): OutlineSymbol[] {
  const steps = stepsOf(doc, workspace);
  if (doc.conf) return sectionSymbols(doc.conf, doc.kind.kind === "conf" && doc.kind.dialect === "extensions", steps);
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
      children: tree && field.block ? sectionSymbols(tree, isDialplan, steps) : [],
    });
  }
  return result;
}

function sectionSymbols(tree: ConfTree, isDialplan: boolean, steps: Map<Assignment, DialplanStep> = new Map()): OutlineSymbol[] {
  const result: OutlineSymbol[] = [];
  let current: OutlineSymbol | undefined;
  let extension: OutlineSymbol | undefined;
  const byName = new Map<string, OutlineSymbol>();
  for (const line of tree.lines) {
    if (line.kind === "section") {
      const kind = line.isTemplate ? "template" : isDialplan ? "context" : "section";
      const bases = line.bases.map((b) => b.text).join(", ");
      current = { name: line.name, detail: bases || undefined, kind, span: { ...line.line }, selectionSpan: line.nameSpan, children: [] };
      byName.clear();
      extension = undefined;
      result.push(current);
      continue;
    }
    if (!current) {
      // A carrier's dialplan entry has no header: VICIdial places it in [vicidial-auto-external].
      if (!isDialplan || line.kind !== "option") continue;
      current = { name: "vicidial-auto-external", detail: "written by VICIdial", kind: "context", span: { ...line.line }, selectionSpan: line.keySpan, children: [] };
      result.push(current);
    }
    current.span.end = line.line.end;
    if (!isDialplan || line.kind !== "option") continue;
    const key = line.key.toLowerCase();
    if (key === "exten") {
      const name = line.value.split(",")[0].trim();
      extension = byName.get(name);
      if (!extension) {
        extension = { name, kind: "extension", span: { ...line.line }, selectionSpan: line.valueSpan, children: [] };
        byName.set(name, extension);
        current.children.push(extension);
      }
    } else if (!key.startsWith("same")) {
      if (key !== "include" && current.name.toLowerCase() === "globals") current.children.push({ name: line.key, detail: line.value.slice(0, 60), kind: "option", span: line.line, selectionSpan: line.keySpan, children: [] });
      continue;
    }
    if (!extension) continue;
    extension.span.end = Math.max(extension.span.end, line.line.end);
    const step = steps.get(line);
    const parts = line.value.split(",");
    const written = (key === "exten" ? parts[1] : parts[0])?.trim() ?? "";
    const label = step?.label?.text;
    const priority = step?.priority !== undefined ? (step.isHint ? "hint" : String(step.priority)) : written;
    const app = step ? step.application.trim() : (key === "exten" ? parts.slice(2) : parts.slice(1)).join(",").trim();
    extension.children.push({
      name: label ? `${priority} (${label})` : priority,
      detail: step?.dropped ? `${app} — not registered (${step.dropped})` : app,
      kind: "option",
      span: line.line,
      selectionSpan: step?.line.priority?.span ?? line.valueSpan,
      children: [],
    });
  }
  return result;
}
