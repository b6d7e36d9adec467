// Helpers shared by the codec rules: which sections hold codec lists, spans and labels (the codec lines each part of
// a unit reads are in line-contexts.ts).
import { codecRole, type CodecRole } from "../../model/codecs";
import { dialectHasCodecs, type CodecLine } from "../../model/codec-lines";
import type { ConfUnit, PlacedOption, PlacedSection } from "../../model/units";
import type { Span } from "../../text/span";

export interface CodecSubject {
  section: PlacedSection;
  role: CodecRole;
}

/** The section when it has a codec list of its own (a peer, a template, [general]); reads it and its templates. */
export function codecSubject(unit: ConfUnit, section: PlacedSection): CodecSubject | undefined {
  if (!dialectHasCodecs(unit.dialect)) return undefined;
  const role = codecRole(unit, section);
  return role ? { section, role } : undefined;
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
