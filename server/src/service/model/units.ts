// Load units: the sections and options as Asterisk will see them once `#include`s are followed and VICIdial has
// placed each carrier's fields into its generated conf files. Rules read units, never raw lines.
// The unit's types are in unit-types.ts and template inheritance (effectiveOptions ...) in section-inheritance.ts;
// both are exported from here too.
import { baseName } from "./file-kind";
import type { Span } from "../text/span";
import type { ConfUnit, PlacedDirective, PlacedOption, PlacedSection } from "./unit-types";

export { UnitBuilder } from "./unit-builder";
export type { ConfUnit, PlacedDirective, PlacedOption, PlacedSection, SourceField } from "./unit-types";
import { lastOwnOption } from "./section-inheritance";
export { effectiveOptions, effectiveValue, findBase, lastEffectiveOption } from "./section-inheritance";
export { hasAppends } from "./section-stamps";

/** Includes missing from a set of units (see `ConfUnit.missingIncludes`). */
export function missingIncludeCount(units: Iterable<ConfUnit>): number {
  let total = 0;
  for (const unit of units) total += unit.missingIncludes;
  return total;
}

/** "2 #includes are missing" / "1 #include is missing" for messages. */
export function describeMissingIncludes(count: number): string {
  return count === 1 ? "1 #include of this configuration is not among the files checked" : `${count} #includes of this configuration are not among the files checked`;
}

/** The `#include` of VICIdial's generated file for this unit's dialect (`sip-vicidial.conf` in sip.conf ...), if any. */
export function generatedIncludeOf(unit: ConfUnit): PlacedDirective | undefined {
  const wanted = `${unit.dialect}-vicidial.conf`;
  return unit.directives.find((d) => d.target === "generated" && baseName(d.node.argument).toLowerCase() === wanted);
}

/** True for the units rebuilt from VICIdial's carrier records (`vicidial:sip` ...), not loaded from a conf file. */
export function isVicidialUnit(unit: ConfUnit): boolean {
  return unit.id.startsWith("vicidial:");
}

/** The options of a section with a given key (case-insensitive), in file order. */
export function optionsNamed(section: PlacedSection, key: string): PlacedOption[] {
  const lower = key.toLowerCase();
  return section.options.filter((o) => o.node.key.toLowerCase() === lower);
}

/** The value of the section's own last line with this key (case-insensitive). */
export function lastValue(section: PlacedSection, key: string): string | undefined {
  return lastOwnOption(section, key)?.node.value;
}

/** Sections with this name, in order. */
export function sectionsNamed(unit: ConfUnit, name: string): PlacedSection[] {
  return unit.sections.filter((s) => s.name === name);
}

export function isTemplateSection(section: PlacedSection): boolean {
  return section.header?.isTemplate === true;
}

/** Span of the header name, or of the first option for implicit sections. */
export function sectionAnchor(section: PlacedSection): Span | undefined {
  return section.header?.nameSpan ?? section.options[0]?.node.keySpan;
}
