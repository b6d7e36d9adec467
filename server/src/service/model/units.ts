// Load units: the sections and options as Asterisk will see them once `#include`s are followed and VICIdial has
// placed each carrier's fields into its generated conf files. Rules read units, never raw lines.
// The unit's types are in unit-types.ts and template inheritance (effectiveOptions ...) in section-inheritance.ts;
// both are exported from here too.
import type { Assignment, Directive, SectionHeader } from "../parse/conf-syntax";
import { baseName } from "./file-kind";
import type { Span } from "../text/span";
import type { Dialect } from "./file-kind";
import type { ConfUnit, PlacedDirective, PlacedOption, PlacedSection, SourceField } from "./unit-types";
import { addTo } from "../util/multimap";

export type { ConfUnit, PlacedDirective, PlacedOption, PlacedSection, SourceField } from "./unit-types";
export { effectiveOptions, effectiveValue, findBase, lastEffectiveOption } from "./section-inheritance";

/** Builds a unit one line at a time; a section stays open across included documents. */
export class UnitBuilder {
  readonly unit: ConfUnit;
  private current: PlacedSection | undefined;

  constructor(id: string, dialect: Dialect, root: string, isMainFile: boolean) {
    this.unit = { id, dialect, root, isMainFile, sections: [], orphans: [], directives: [], uris: new Set(), missingIncludes: 0 };
  }

  get currentSection(): PlacedSection | undefined {
    return this.current;
  }

  openSection(name: string, uri: string, header?: SectionHeader, carrierId?: string, field?: SourceField): PlacedSection {
    const section: PlacedSection = { name, uri, header, options: [], carrierId, field };
    this.unit.sections.push(section);
    this.unit.uris.add(uri);
    this.current = section;
    return section;
  }

  addOption(node: Assignment, uri: string, field?: SourceField, carrierId?: string): PlacedOption {
    const option: PlacedOption = { node, uri, section: this.current, field, carrierId };
    if (this.current) this.current.options.push(option);
    else this.unit.orphans.push(option);
    this.unit.uris.add(uri);
    return option;
  }

  addDirective(node: Directive, uri: string, target?: string | "generated"): void {
    this.unit.directives.push({ node, uri, target });
    if (hidesContent(node, target)) this.unit.missingIncludes++;
  }
}

/**
 * Puts back the sections of `previous` (the last build of the same unit) that came out exactly the same: same lines
 * (the very parsed nodes, so their documents did not change), same document, carrier and field. A section that
 * survives a rebuild keeps what was worked out of it (`sectionFact`, findings per section), so an edit re-does only
 * the sections it touched and those that read them. Call it on a finished unit, before anything reads it.
 */
export function keepUnchangedSections(unit: ConfUnit, previous: ConfUnit | undefined): void {
  if (!previous || previous.id !== unit.id) return;
  const candidates = new Map<object, PlacedSection[]>();
  for (const old of previous.sections) {
    const anchor = sectionKeyNode(old);
    if (anchor) addTo(candidates, anchor, old);
  }
  for (let i = 0; i < unit.sections.length; i++) {
    const fresh = unit.sections[i];
    const anchor = sectionKeyNode(fresh);
    const list = anchor ? candidates.get(anchor) : undefined;
    if (!list) continue;
    const at = list.findIndex((old) => sameSection(old, fresh));
    if (at < 0) continue;
    unit.sections[i] = list[at];
    list.splice(at, 1);
  }
}

/** The node that identifies a section across builds: its header line, or for an implicit section its first line. */
function sectionKeyNode(section: PlacedSection): object | undefined {
  return section.header ?? section.options[0]?.node;
}

function sameSection(old: PlacedSection, fresh: PlacedSection): boolean {
  if (old.name !== fresh.name || old.uri !== fresh.uri || old.header !== fresh.header || old.carrierId !== fresh.carrierId || old.field !== fresh.field) return false;
  if (old.options.length !== fresh.options.length) return false;
  for (let i = 0; i < old.options.length; i++) {
    const a = old.options[i];
    const b = fresh.options[i];
    if (a.node !== b.node || a.uri !== b.uri || a.field !== b.field || a.carrierId !== b.carrierId) return false;
  }
  return true;
}

/** An `#include`/`#tryinclude` that found no file, or an `#exec` (whose output nobody sees before Asterisk runs it). */
function hidesContent(node: Directive, target: string | "generated" | undefined): boolean {
  if (node.argument.trim().length === 0) return false;
  if (node.name === "exec") return true;
  return (node.name === "include" || node.name === "tryinclude") && target === undefined;
}

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

export function lastValue(section: PlacedSection, key: string): string | undefined {
  const found = optionsNamed(section, key);
  return found.length > 0 ? found[found.length - 1].node.value : undefined;
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
