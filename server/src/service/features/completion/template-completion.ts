// Completion inside a section header's `( … )`: `!` (make it a template) and the templates `(!)` of the same unit
// that Asterisk has read before this header (a section can only inherit from earlier ones).
import { baseName } from "../../model/file-kind";
import type { ConfUnit, PlacedSection } from "../../model/units";
import type { Location } from "../locate";
import type { CompletionEntry } from "./types";

/** `[name](` up to the cursor, possibly with earlier options: the header's options so far. */
const OPEN_HEADER = /^[ \t]*\[[^\][]*\][ \t]*\(([^()]*)$/;

/** Sections of the unit read before the header starting at `lineStart` of the cursor's document. */
function sectionsBefore(unit: ConfUnit, uri: string, lineStart: number): PlacedSection[] {
  let last = -1;
  let first = -1;
  unit.sections.forEach((s, i) => {
    if (s.uri !== uri) return;
    if (first < 0) first = i;
    if (s.header && s.header.line.start < lineStart) last = i;
    else if (!s.header && s.options.some((o) => o.uri === uri && o.node.line.start < lineStart)) last = i;
  });
  if (last >= 0) return unit.sections.slice(0, last + 1);
  // Nothing of this document before the header: what other documents put in the unit before it.
  return first >= 0 ? unit.sections.slice(0, first) : unit.sections.filter((s) => s.uri !== uri);
}

export function templateCompletion(location: Location): CompletionEntry[] {
  const line = location.line;
  if (line?.kind !== "section" && line?.kind !== "invalid") return [];
  const text = location.doc.text;
  const offset = location.offset;
  const open = OPEN_HEADER.exec(text.slice(line.line.start, offset));
  if (!open) return [];
  let start = offset;
  while (start > line.line.start && !/[(,\s]/.test(text[start - 1])) start--;
  let end = offset;
  while (end < line.line.end && !/[),\s]/.test(text[end])) end++;
  const replace = { start, end };
  const written = new Set(open[1].split(",").map((v) => v.trim()));
  written.delete(text.slice(start, end).trim());
  const items: CompletionEntry[] = [];
  if (!written.has("!")) items.push({ label: "!", kind: "keyword", detail: "template: Asterisk never loads this section itself, others inherit it", replace });
  const seen = new Set<string>();
  for (const unit of location.workspace.unitsContaining(location.doc.uri)) {
    for (const section of sectionsBefore(unit, location.doc.uri, line.line.start)) {
      if (!section.header?.isTemplate || seen.has(section.name) || written.has(section.name)) continue;
      seen.add(section.name);
      const where = section.carrierId ? `carrier ${section.carrierId}` : baseName(section.uri);
      items.push({ label: section.name, kind: "section", detail: `template (!) · ${where}`, replace });
    }
  }
  return items;
}
