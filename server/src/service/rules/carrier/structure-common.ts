// Helpers shared by the carrier structure checks: the files VICIdial writes each protocol into, the lines of a
// carrier's account entry, the generated unit a carrier's sections sit in, and short lists of names for messages.
import type { ConfLine, ConfTree, SectionHeader } from "../../parse/conf-syntax";
import type { ConfUnit, PlacedSection } from "../../model/units";
import type { CarrierRecord, Workspace } from "../../model/workspace";
import type { Dialect } from "../../model/file-kind";

/** Per dialect: the file ADMIN_keepalive_ALL.pl writes the account entry to, and the file that includes it. */
export const GENERATED_FILES: Partial<Record<Dialect, { generated: string; main: string }>> = {
  sip: { generated: "sip-vicidial.conf", main: "sip.conf" },
  iax: { generated: "iax-vicidial.conf", main: "iax.conf" },
  pjsip: { generated: "pjsip-vicidial.conf", main: "pjsip.conf" },
  pjsip_wizard: { generated: "pjsip_wizard-vicidial.conf", main: "pjsip_wizard.conf" },
};

/** The parsed account entry of a carrier. */
export function accountTree(carrier: CarrierRecord): ConfTree | undefined {
  return carrier.doc.fieldTrees.get("account_entry");
}

/** The first line of a conf field that is neither blank nor a comment. */
export function firstContentLine(tree: ConfTree | undefined): ConfLine | undefined {
  return tree?.lines.find((line) => line.kind !== "blank" && line.kind !== "comment");
}

/** The `[section]` headers of a conf field, in order. */
export function headersOf(tree: ConfTree | undefined): SectionHeader[] {
  return (tree?.lines ?? []).filter((line): line is SectionHeader => line.kind === "section");
}

/** The sections of VICIdial's generated file of this dialect (`vicidial:pjsip` ...), by the record header that opened each. */
export function generatedSections(workspace: Workspace, dialect: Dialect): Map<SectionHeader, { unit: ConfUnit; section: PlacedSection }> {
  const byHeader = new Map<SectionHeader, { unit: ConfUnit; section: PlacedSection }>();
  const unit = workspace.units().find((u) => u.id === `vicidial:${dialect}`);
  for (const section of unit?.sections ?? []) if (section.header) byHeader.set(section.header, { unit: unit!, section });
  return byHeader;
}

/** `A, B and C`, or the first `max` names and how many more. */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length <= 1) return names.join("");
  if (names.length > max) return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
