// Helpers shared by the codec rules: which sections hold codec lists, every codec item once, spans and labels.
import { codecRole, sectionCodecLines, type CodecRole } from "../../model/codecs";
import { codecLines, dialectHasCodecs, type CodecItem, type CodecLine } from "../../model/codec-lines";
import type { ConfUnit, PlacedOption, PlacedSection } from "../../model/units";
import { unitFact } from "../../model/unit-facts";
import type { Span } from "../../text/span";

export interface CodecSubject {
  section: PlacedSection;
  role: CodecRole;
}

/** Sections of a unit that have a codec list of their own, in file order. */
export function codecSubjects(unit: ConfUnit): CodecSubject[] {
  if (!dialectHasCodecs(unit.dialect)) return [];
  const result: CodecSubject[] = [];
  for (const section of unit.sections) {
    const role = codecRole(unit, section);
    if (role) result.push({ section, role });
  }
  return result;
}

/**
 * Every codec item of a unit once (codec lines of any section, whatever its type), with the line it belongs to.
 * Each section is read with its inherited lines so `+=` gluing matches Asterisk; items seen before are skipped.
 */
export function forEachCodecItem(unit: ConfUnit, visit: (item: CodecItem, line: CodecLine) => void): void {
  for (const line of allCodecLines(unit)) for (const item of line.items) visit(item, line);
}

/** Every codec line of a unit, each physical line once (the first context that reads it wins). */
export function allCodecLines(unit: ConfUnit): readonly CodecLine[] {
  return unitFact(unit, ALL_CODEC_LINES, findAllCodecLines);
}

/** Units are rebuilt, never changed, so a unit's codec lines are collected once for every codec rule. */
const ALL_CODEC_LINES = {};

function findAllCodecLines(unit: ConfUnit): CodecLine[] {
  const seen = new Set<PlacedOption["node"]>();
  const result: CodecLine[] = [];
  for (const lines of codecLinesByContext(unit)) {
    for (const line of lines) {
      if (seen.has(line.option.node)) continue;
      seen.add(line.option.node);
      result.push(line);
    }
  }
  return result;
}

/** The codec lines of every category of a unit (orphans first), each read with its inherited lines. */
export function codecLinesByContext(unit: ConfUnit): CodecLine[][] {
  if (!dialectHasCodecs(unit.dialect)) return [];
  const result: CodecLine[][] = [codecLines(unit.orphans, unit.dialect)];
  const mains = new Set(unit.sections.filter((s) => !s.header?.isAppend).map((s) => s.name));
  for (const section of unit.sections) {
    if (section.header?.isAppend && mains.has(section.name)) continue;
    result.push(sectionCodecLines(unit, section));
  }
  return result;
}

/** From the key to the end of the value: the span a line-level finding underlines. */
export function optionSpan(option: PlacedOption): Span {
  const node = option.node;
  return { start: node.keySpan.start, end: Math.max(node.valueSpan.end, node.operatorSpan.end) };
}

/** `peer 'name'`, `endpoint 'name'`, `template 'name'`, `[general]`. */
export function subjectLabel(unit: ConfUnit, subject: CodecSubject): string {
  if (subject.role === "general") return "[general]";
  if (subject.role === "template" || isVicidialTemplateSection(subject.section)) return `template '${subject.section.name}'`;
  const kind = unit.dialect === "pjsip" ? "endpoint" : unit.dialect === "pjsip_wizard" ? "wizard" : "peer";
  const carrier = subject.section.carrierId ? ` (carrier ${subject.section.carrierId})` : "";
  return `${kind} '${subject.section.name}'${carrier}`;
}

/** The verb as written (`allow`, `endpoint/disallow`). */
export function keyOf(line: CodecLine): string {
  return line.option.node.key.trim();
}

/** Where a line came from when VICIdial appended it from a template. */
export function fromVicidialTemplate(option: PlacedOption): boolean {
  return option.field === "template_contents";
}

/** A section opened for a VICIdial template that no carrier uses (checked on its own). */
export function isVicidialTemplateSection(section: PlacedSection): boolean {
  if (section.header !== undefined || section.carrierId !== undefined) return false;
  return section.field === "template_contents" || (section.options.length > 0 && section.options.every((o) => o.field === "template_contents"));
}
