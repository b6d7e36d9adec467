// Load units: the sections and options as Asterisk will see them once `#include`s are followed and VICIdial has
// placed each carrier's fields into its generated conf files. Rules read units, never raw lines.
import type { Assignment, Directive, SectionHeader } from "../parse/conf-syntax";
import { baseName } from "./file-kind";
import { addTo } from "../util/multimap";
import type { Span } from "../text/span";
import type { Dialect } from "./file-kind";

/** Where an option line came from, for carriers: which VICIdial field holds it. */
export type SourceField =
  | "registration_string"
  | "account_entry"
  | "template_contents"
  | "globals_string"
  | "dialplan_entry";

export interface PlacedOption {
  node: Assignment;
  /** Document that holds the line. */
  uri: string;
  /** The section the line ends up in (undefined: before any section). */
  section?: PlacedSection;
  /** Set when the line was placed by VICIdial from a carrier or template field. */
  field?: SourceField;
  /** Carrier whose fields produced the line (template lines: the carrier that pulled the template in). */
  carrierId?: string;
}

export interface PlacedSection {
  name: string;
  /** Document holding the header, or the carrier file for sections VICIdial opens implicitly. */
  uri: string;
  /** Absent for the implicit `[general]`, `[globals]` and `[vicidial-auto-external]` VICIdial writes into. */
  header?: SectionHeader;
  options: PlacedOption[];
  carrierId?: string;
  /** The field whose text opened this section, for carrier sections. */
  field?: SourceField;
}

export interface PlacedDirective {
  node: Directive;
  uri: string;
  /** Document the include resolved to; "generated" for VICIdial's own `*-vicidial.conf`; undefined when missing. */
  target?: string | "generated";
}

export interface ConfUnit {
  id: string;
  dialect: Dialect;
  /** The document the unit was loaded from (carrier units: a synthetic id). */
  root: string;
  /** True for a main file (sip.conf, extensions.conf ...) rather than a fragment meant to be included. */
  isMainFile: boolean;
  sections: PlacedSection[];
  /** Options before any section header. */
  orphans: PlacedOption[];
  directives: PlacedDirective[];
  /** Every document with lines in this unit. */
  uris: Set<string>;
  /**
   * How many `#include` / `#tryinclude` lines found no file in the workspace, plus `#exec` lines (their output is
   * never seen): the unit may hold sections, contexts and globals we cannot see, so "not defined" is not certain.
   */
  missingIncludes: number;
}

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

/** Options of a unit by lower-case key, for the keys asked so far (one walk of the unit per key). */
interface KeyIndex {
  /** Sections, orphans and options of the last section when built: a unit still being built outgrows it. */
  signature: string;
  byKey: Map<string, PlacedOption[]>;
}

const keyIndexes = new WeakMap<ConfUnit, KeyIndex>();

function signatureOf(unit: ConfUnit): string {
  return `${unit.sections.length}/${unit.orphans.length}/${unit.sections[unit.sections.length - 1]?.options.length ?? 0}`;
}

/**
 * The options of a whole unit with this key (trimmed, case-insensitive), in unit order: orphans, then each section's.
 * Found once per unit and key, with no copy of the unit's options. Shared: do not change the list.
 */
export function unitOptionsWithKey(unit: ConfUnit, key: string): readonly PlacedOption[] {
  const signature = signatureOf(unit);
  let index = keyIndexes.get(unit);
  if (!index || index.signature !== signature) keyIndexes.set(unit, (index = { signature, byKey: new Map() }));
  const wanted = key.trim().toLowerCase();
  let found = index.byKey.get(wanted);
  if (found) return found;
  found = [];
  const take = (option: PlacedOption) => {
    const raw = option.node.key;
    // Cheap length test first: most keys are not the one asked for, and need no lower-case copy.
    if (raw.length >= wanted.length && raw.trim().toLowerCase() === wanted) found!.push(option);
  };
  for (const option of unit.orphans) take(option);
  for (const section of unit.sections) for (const option of section.options) take(option);
  index.byKey.set(wanted, found);
  return found;
}

/** Sections with this name, in order. */
export function sectionsNamed(unit: ConfUnit, name: string): PlacedSection[] {
  return unit.sections.filter((s) => s.name === name);
}

export function isTemplateSection(section: PlacedSection): boolean {
  return section.header?.isTemplate === true;
}

/** Where each section sits and which `(+)` additions each name has, built once per finished unit. */
interface SectionIndex {
  sectionCount: number;
  position: Map<PlacedSection, number>;
  /** Non-append sections by name, in order. */
  byName: Map<string, PlacedSection[]>;
  appendsByName: Map<string, PlacedSection[]>;
}

const sectionIndexes = new WeakMap<ConfUnit, SectionIndex>();
const effectiveCache = new WeakMap<PlacedSection, { sectionCount: number; options: readonly PlacedOption[] }>();

function sectionIndex(unit: ConfUnit): SectionIndex {
  const hit = sectionIndexes.get(unit);
  if (hit && hit.sectionCount === unit.sections.length) return hit;
  const index: SectionIndex = { sectionCount: unit.sections.length, position: new Map(), byName: new Map(), appendsByName: new Map() };
  unit.sections.forEach((section, i) => {
    index.position.set(section, i);
    addTo(section.header?.isAppend ? index.appendsByName : index.byName, section.name, section);
  });
  sectionIndexes.set(unit, index);
  return index;
}

/**
 * The options a section really has: inherited ones first (bases in order, recursively), then its own, then those
 * of later `(+)` sections of the same name (for a base: only those read before the inheriting section). Cycles and
 * missing bases are skipped. The result is shared: do not change it.
 */
export function effectiveOptions(unit: ConfUnit, section: PlacedSection): readonly PlacedOption[] {
  const hit = effectiveCache.get(section);
  if (hit && hit.sectionCount === unit.sections.length) return hit.options;
  if (sectionIndex(unit).appendsByName.size === 0) {
    fillInFileOrder(unit);
    const filled = effectiveCache.get(section);
    if (filled) return filled.options;
  }
  const options = collectEffective(unit, section, new Set());
  effectiveCache.set(section, { sectionCount: unit.sections.length, options });
  return options;
}

const lastByKeyCache = new WeakMap<PlacedSection, { sectionCount: number; last: Map<string, PlacedOption> }>();

/**
 * The last effective option of each key (lower case) of a section. Along a chain of single-base sections (and
 * without `(+)` additions) each map is its base's plus the section's own lines, built walking the chain iteratively,
 * so a chain of n templates costs n times the number of distinct keys, not n².
 */
function lastByKey(unit: ConfUnit, section: PlacedSection): Map<string, PlacedOption> {
  const sectionCount = unit.sections.length;
  const hit = lastByKeyCache.get(section);
  if (hit && hit.sectionCount === sectionCount) return hit.last;
  const simple = sectionIndex(unit).appendsByName.size === 0;
  // The chain of single bases up to a section already done (or one with several bases, done from its list).
  const chain: PlacedSection[] = [];
  let base: Map<string, PlacedOption> | undefined;
  for (let current: PlacedSection | undefined = section; current; ) {
    const cached = lastByKeyCache.get(current);
    if (cached && cached.sectionCount === sectionCount) {
      base = cached.last;
      break;
    }
    const bases: NonNullable<PlacedSection["header"]>["bases"] = current.header?.bases ?? [];
    if (!simple || bases.length > 1 || chain.length > sectionCount) {
      const last = new Map<string, PlacedOption>();
      for (const option of effectiveOptions(unit, current)) last.set(option.node.key.toLowerCase(), option);
      lastByKeyCache.set(current, { sectionCount, last });
      base = last;
      break;
    }
    chain.push(current);
    current = bases.length === 1 ? findBase(unit, current, bases[0].text) : undefined;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const last = new Map(base ?? []);
    for (const option of chain[i].options) last.set(option.node.key.toLowerCase(), option);
    lastByKeyCache.set(chain[i], { sectionCount, last });
    base = last;
  }
  return lastByKeyCache.get(section)!.last;
}

/** The last of a section's effective options with this key (case-insensitive): the value Asterisk ends up using. */
export function lastEffectiveOption(unit: ConfUnit, section: PlacedSection, key: string): PlacedOption | undefined {
  return lastByKey(unit, section).get(key.toLowerCase());
}

/** The value of `key` a section ends up with (inherited and `(+)` lines included), case-insensitive key. */
export function effectiveValue(unit: ConfUnit, section: PlacedSection, key: string): string | undefined {
  return lastEffectiveOption(unit, section, key)?.node.value;
}

/**
 * Without `(+)` additions a section's options are its bases' (all defined earlier) and then its own, so one pass in
 * file order works them all out with no recursion, however long a chain of templates is.
 */
function fillInFileOrder(unit: ConfUnit): void {
  const sectionCount = unit.sections.length;
  for (const section of unit.sections) {
    const bases = section.header?.bases ?? [];
    if (bases.length <= 1) {
      // One base (the usual template chain): its list already has no repeats and holds none of this section's own
      // lines, so a plain copy (fast, no set) is enough.
      const target = bases.length === 1 ? findBase(unit, section, bases[0].text) : undefined;
      const inherited = target ? effectiveCache.get(target)?.options : undefined;
      effectiveCache.set(section, { sectionCount, options: inherited && inherited.length > 0 ? inherited.concat(section.options) : section.options.slice() });
      continue;
    }
    const options: PlacedOption[] = [];
    const taken = new Set<PlacedOption>();
    const take = (option: PlacedOption) => {
      // A template reached twice (a diamond of bases) counts once, as in the recursive walk.
      if (!taken.has(option)) options.push(option);
      taken.add(option);
    };
    for (const base of section.header?.bases ?? []) {
      const target = findBase(unit, section, base.text);
      for (const option of (target ? effectiveCache.get(target)?.options : undefined) ?? []) take(option);
    }
    for (const option of section.options) take(option);
    effectiveCache.set(section, { sectionCount, options });
  }
}

/**
 * Asterisk copies a base's options when it reads the inheriting section, so a base's `(+)` additions count only if
 * they come before `limit` (the position of the section that inherits); the section's own additions always count.
 */
function collectEffective(unit: ConfUnit, section: PlacedSection, seen: Set<PlacedSection>, limit = Infinity): PlacedOption[] {
  if (seen.has(section)) return [];
  seen.add(section);
  const index = sectionIndex(unit);
  const position = index.position.get(section) ?? unit.sections.length;
  const result: PlacedOption[] = [];
  for (const base of section.header?.bases ?? []) {
    const target = findBase(unit, section, base.text);
    if (target) result.push(...collectEffective(unit, target, seen, Math.min(limit, position)));
  }
  result.push(...section.options);
  if (!section.header?.isAppend) {
    for (const extra of index.appendsByName.get(section.name) ?? []) {
      if (extra !== section && (index.position.get(extra) ?? 0) < limit) result.push(...extra.options);
    }
  }
  return result;
}

/** The latest section named `name` defined before `section` (Asterisk inherits from earlier categories only). */
export function findBase(unit: ConfUnit, section: PlacedSection, name: string): PlacedSection | undefined {
  const index = sectionIndex(unit);
  const limit = index.position.get(section) ?? unit.sections.length;
  let found: PlacedSection | undefined;
  for (const candidate of index.byName.get(name) ?? []) {
    if ((index.position.get(candidate) ?? 0) >= limit) break;
    found = candidate;
  }
  return found;
}

/** Span of the header name, or of the first option for implicit sections. */
export function sectionAnchor(section: PlacedSection): Span | undefined {
  return section.header?.nameSpan ?? section.options[0]?.node.keySpan;
}
