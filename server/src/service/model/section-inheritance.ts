// The options a section really has once Asterisk has applied its templates: bases in order (only earlier sections,
// recursively, cycles skipped), its own lines, and later `(+)` additions; cached per finished unit.
import { addTo } from "../util/multimap";
import type { ConfUnit, PlacedOption, PlacedSection } from "./unit-types";
import { peekSectionFact, putSectionFact, setSectionStamps, unitFact } from "./unit-facts";

/** Where each section sits and which `(+)` additions each name has, built once per finished unit. */
interface SectionIndex {
  position: Map<PlacedSection, number>;
  /** Non-append sections by name, in order. */
  byName: Map<string, PlacedSection[]>;
  appendsByName: Map<string, PlacedSection[]>;
}

const SECTION_INDEX = {};
const EFFECTIVE = {};
const LAST_BY_KEY = {};

function sectionIndex(unit: ConfUnit): SectionIndex {
  return unitFact(unit, SECTION_INDEX, () => {
    const index: SectionIndex = { position: new Map(), byName: new Map(), appendsByName: new Map() };
    unit.sections.forEach((section, i) => {
      index.position.set(section, i);
      addTo(section.header?.isAppend ? index.appendsByName : index.byName, section.name, section);
    });
    return index;
  });
}

/**
 * The options a section really has: inherited ones first (bases in order, recursively), then its own, then those
 * of later `(+)` sections of the same name (for a base: only those read before the inheriting section). Cycles and
 * missing bases are skipped. The result is shared: do not change it.
 */
export function effectiveOptions(unit: ConfUnit, section: PlacedSection): readonly PlacedOption[] {
  const hit = peekSectionFact<readonly PlacedOption[]>(unit, EFFECTIVE, section, "inherited");
  if (hit) return hit;
  if (!hasAppends(unit)) return fillFromBases(unit, section);
  const options = collectEffective(unit, section, new Set());
  putSectionFact(unit, EFFECTIVE, section, options, "inherited");
  return options;
}

/**
 * Without `(+)` additions a section's options are its bases' (all defined earlier, so no cycle) and then its own.
 * The bases still missing are worked out first with an explicit stack, not recursion, however long a chain of
 * templates is; a section whose bases did not change keeps its list from the last build (a section fact).
 */
function fillFromBases(unit: ConfUnit, section: PlacedSection): readonly PlacedOption[] {
  const stack: PlacedSection[] = [section];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (peekSectionFact(unit, EFFECTIVE, top, "inherited")) {
      stack.pop();
      continue;
    }
    const bases = resolvedBases(unit, top);
    const missing = bases.filter((base) => !peekSectionFact(unit, EFFECTIVE, base, "inherited"));
    if (missing.length > 0) {
      for (let i = missing.length - 1; i >= 0; i--) stack.push(missing[i]);
      continue;
    }
    putSectionFact(unit, EFFECTIVE, top, optionsOver(unit, top, bases), "inherited");
    stack.pop();
  }
  return peekSectionFact<readonly PlacedOption[]>(unit, EFFECTIVE, section, "inherited")!;
}

/** The sections a section's bases name, as found (missing ones left out), in header order. */
function resolvedBases(unit: ConfUnit, section: PlacedSection): PlacedSection[] {
  const bases = section.header?.bases;
  if (!bases || bases.length === 0) return NO_SECTIONS;
  const found: PlacedSection[] = [];
  for (const base of bases) {
    const target = findBase(unit, section, base.text);
    if (target) found.push(target);
  }
  return found;
}

const NO_SECTIONS: PlacedSection[] = [];

/** A section's effective options from its bases' (already worked out) and its own lines. */
function optionsOver(unit: ConfUnit, section: PlacedSection, bases: PlacedSection[]): readonly PlacedOption[] {
  const inheritedOf = (base: PlacedSection) => peekSectionFact<readonly PlacedOption[]>(unit, EFFECTIVE, base, "inherited") ?? NO_OPTIONS;
  if (bases.length <= 1) {
    // One base (the usual template chain): its list already has no repeats and holds none of this section's own
    // lines, so a plain copy (fast, no set) is enough.
    const inherited = bases.length === 1 ? inheritedOf(bases[0]) : NO_OPTIONS;
    return inherited.length > 0 ? inherited.concat(section.options) : section.options.slice();
  }
  const options: PlacedOption[] = [];
  const taken = new Set<PlacedOption>();
  const take = (option: PlacedOption) => {
    // A template reached twice (a diamond of bases) counts once, as in the recursive walk.
    if (!taken.has(option)) options.push(option);
    taken.add(option);
  };
  for (const base of bases) for (const option of inheritedOf(base)) take(option);
  for (const option of section.options) take(option);
  return options;
}

const NO_OPTIONS: readonly PlacedOption[] = [];

/**
 * The last effective option of each key (lower case) of a section. Along a chain of single-base sections (and
 * without `(+)` additions) each map is its base's plus the section's own lines, built walking the chain iteratively,
 * so a chain of n templates costs n times the number of distinct keys, not n².
 */
function lastByKey(unit: ConfUnit, section: PlacedSection): Map<string, PlacedOption> {
  const hit = peekSectionFact<Map<string, PlacedOption>>(unit, LAST_BY_KEY, section, "inherited");
  if (hit) return hit;
  const sectionCount = unit.sections.length;
  const simple = !hasAppends(unit);
  // The chain of single bases up to a section already done (or one with several bases, done from its list).
  const chain: PlacedSection[] = [];
  let base: Map<string, PlacedOption> | undefined;
  for (let current: PlacedSection | undefined = section; current; ) {
    const cached = peekSectionFact<Map<string, PlacedOption>>(unit, LAST_BY_KEY, current, "inherited");
    if (cached) {
      base = cached;
      break;
    }
    const bases: NonNullable<PlacedSection["header"]>["bases"] = current.header?.bases ?? [];
    if (!simple || bases.length > 1 || chain.length > sectionCount) {
      const last = new Map<string, PlacedOption>();
      for (const option of effectiveOptions(unit, current)) last.set(option.node.key.toLowerCase(), option);
      putSectionFact(unit, LAST_BY_KEY, current, last, "inherited");
      base = last;
      break;
    }
    chain.push(current);
    current = bases.length === 1 ? findBase(unit, current, bases[0].text) : undefined;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const last = base ? new Map(base) : new Map<string, PlacedOption>();
    for (const option of chain[i].options) last.set(option.node.key.toLowerCase(), option);
    putSectionFact(unit, LAST_BY_KEY, chain[i], last, "inherited");
    base = last;
  }
  return base!;
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
 * A section's inheritance stamp stands for the section and everything it inherits: the same object from one build
 * of a unit to the next while the section and the stamps of its bases are the same objects, a new one otherwise. So
 * comparing one stamp tells whether a whole chain of templates is unchanged (no list of the chain, however long).
 * A section without bases reads nothing else: it is its own stamp (no entry, no pass over the unit for it).
 */
interface Stamp {
  bases: readonly object[];
  stamp: object;
}

const lastStamps = new WeakMap<PlacedSection, Stamp>();
const NO_STAMPS: readonly object[] = [];
const BASED_STAMPS = {};

/** A section's inheritance stamp; undefined with `(+)` additions (what it inherits then depends on where they sit). */
function stampOf(unit: ConfUnit, section: PlacedSection): object | undefined {
  if (hasAppends(unit)) return undefined;
  const bases = section.header?.bases;
  if (!bases || bases.length === 0) return section;
  return unitFact(unit, BASED_STAMPS, basedStamps).get(section);
}

/**
 * The stamps of the unit's sections that have bases, worked out in file order (bases come earlier), once per unit
 * and only when one of them is asked about. Called only without `(+)` additions.
 */
function basedStamps(unit: ConfUnit): Map<PlacedSection, object> {
  const stamps = new Map<PlacedSection, object>();
  // The latest section of each name so far: without (+) additions, what `findBase` finds for a later section.
  const latest = new Map<string, PlacedSection>();
  for (const section of unit.sections) {
    const names = section.header?.bases;
    if (names && names.length > 0) stamps.set(section, stampOver(section, basesStamps(names, latest, stamps)));
    latest.set(section.name, section);
  }
  return stamps;
}

/** The stamps of the bases a section names, as found among the sections before it (missing ones left out). */
function basesStamps(names: readonly { text: string }[], latest: Map<string, PlacedSection>, stamps: Map<PlacedSection, object>): readonly object[] {
  const found: object[] = [];
  for (const name of names) {
    const base = latest.get(name.text);
    if (base) found.push(base.header?.bases.length ? stamps.get(base)! : base);
  }
  return found;
}

/** The section's stamp of the last build when its bases' stamps are the same, a new one otherwise. */
function stampOver(section: PlacedSection, bases: readonly object[]): object {
  const last = lastStamps.get(section);
  if (last && sameStamps(last.bases, bases)) return last.stamp;
  const stamp = {};
  lastStamps.set(section, { bases: bases.length > 0 ? bases : NO_STAMPS, stamp });
  return stamp;
}

const HAS_APPENDS = {};

/** True when some section of the unit is a `(+)` addition (what a section inherits then depends on where they sit). */
export function hasAppends(unit: ConfUnit): boolean {
  // Asked for every section a section fact looks at: the last unit's answer is at hand while it has as many sections
  // (a unit being built only gains sections, and a placed section's header does not change).
  if (unit !== appendsUnit || unit.sections.length !== appendsSections) {
    appendsAnswer = unitFact(unit, HAS_APPENDS, unitHasAppends);
    appendsUnit = unit;
    appendsSections = unit.sections.length;
  }
  return appendsAnswer;
}

let appendsUnit: ConfUnit | undefined;
let appendsSections = 0;
let appendsAnswer = false;

function unitHasAppends(unit: ConfUnit): boolean {
  return unit.sections.some((section) => section.header?.isAppend === true);
}

function sameStamps(a: readonly object[], b: readonly object[]): boolean {
  return a.length === b.length && a.every((stamp, i) => stamp === b[i]);
}

/** The stamps of the unit's [general] sections (a section with `(+)` additions around stands for itself). */
function generalStamps(unit: ConfUnit): readonly object[] {
  return generalSectionsOf(unit).map((general) => stampOf(unit, general) ?? general);
}

/** What section facts compare to know whether what a section reads changed (see `SectionReads` in unit-facts.ts). */
setSectionStamps({
  stampOf,
  generalStampsOf: (unit) => unitFact(unit, GENERAL_STAMPS, generalStamps),
});

const GENERAL_STAMPS = {};

const GENERALS = {};

/** Every section named [general] (any case), in order. */
function generalSectionsOf(unit: ConfUnit): PlacedSection[] {
  return unitFact(unit, GENERALS, findGeneralSections);
}

function findGeneralSections(unit: ConfUnit): PlacedSection[] {
  // The length first: no lower-case copy of every other section's name.
  return unit.sections.filter((s) => s.name.length === 7 && s.name.toLowerCase() === "general");
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
