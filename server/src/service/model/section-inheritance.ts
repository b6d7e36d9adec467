// The options a section really has once Asterisk has applied its templates: bases in order (only earlier sections,
// recursively, cycles skipped), its own lines, and later `(+)` additions; cached per finished unit.
import { addTo } from "../util/multimap";
import type { ConfUnit, PlacedOption, PlacedSection } from "./unit-types";
import { unitFact } from "./unit-facts";

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

/** The effective options worked out so far, by section (a unit fact filled as sections are asked about). */
function effectiveCache(unit: ConfUnit): Map<PlacedSection, readonly PlacedOption[]> {
  return unitFact(unit, EFFECTIVE, () => new Map<PlacedSection, readonly PlacedOption[]>());
}

/** The last effective option of each lower-case key worked out so far, by section (a unit fact, filled likewise). */
function lastByKeyCache(unit: ConfUnit): Map<PlacedSection, Map<string, PlacedOption>> {
  return unitFact(unit, LAST_BY_KEY, () => new Map<PlacedSection, Map<string, PlacedOption>>());
}

/**
 * The options a section really has: inherited ones first (bases in order, recursively), then its own, then those
 * of later `(+)` sections of the same name (for a base: only those read before the inheriting section). Cycles and
 * missing bases are skipped. The result is shared: do not change it.
 */
export function effectiveOptions(unit: ConfUnit, section: PlacedSection): readonly PlacedOption[] {
  const cache = effectiveCache(unit);
  const hit = cache.get(section);
  if (hit) return hit;
  if (sectionIndex(unit).appendsByName.size === 0) {
    fillInFileOrder(unit, cache);
    const filled = cache.get(section);
    if (filled) return filled;
  }
  const options = collectEffective(unit, section, new Set());
  cache.set(section, options);
  return options;
}

/**
 * The last effective option of each key (lower case) of a section. Along a chain of single-base sections (and
 * without `(+)` additions) each map is its base's plus the section's own lines, built walking the chain iteratively,
 * so a chain of n templates costs n times the number of distinct keys, not n².
 */
function lastByKey(unit: ConfUnit, section: PlacedSection): Map<string, PlacedOption> {
  const sectionCount = unit.sections.length;
  const cache = lastByKeyCache(unit);
  const hit = cache.get(section);
  if (hit) return hit;
  const simple = sectionIndex(unit).appendsByName.size === 0;
  // The chain of single bases up to a section already done (or one with several bases, done from its list).
  const chain: PlacedSection[] = [];
  let base: Map<string, PlacedOption> | undefined;
  for (let current: PlacedSection | undefined = section; current; ) {
    const cached = cache.get(current);
    if (cached) {
      base = cached;
      break;
    }
    const bases: NonNullable<PlacedSection["header"]>["bases"] = current.header?.bases ?? [];
    if (!simple || bases.length > 1 || chain.length > sectionCount) {
      const last = new Map<string, PlacedOption>();
      for (const option of effectiveOptions(unit, current)) last.set(option.node.key.toLowerCase(), option);
      cache.set(current, last);
      base = last;
      break;
    }
    chain.push(current);
    current = bases.length === 1 ? findBase(unit, current, bases[0].text) : undefined;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const last = new Map(base ?? []);
    for (const option of chain[i].options) last.set(option.node.key.toLowerCase(), option);
    cache.set(chain[i], last);
    base = last;
  }
  return cache.get(section)!;
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
function fillInFileOrder(unit: ConfUnit, cache: Map<PlacedSection, readonly PlacedOption[]>): void {
  for (const section of unit.sections) {
    const bases = section.header?.bases ?? [];
    if (bases.length <= 1) {
      // One base (the usual template chain): its list already has no repeats and holds none of this section's own
      // lines, so a plain copy (fast, no set) is enough.
      const target = bases.length === 1 ? findBase(unit, section, bases[0].text) : undefined;
      const inherited = target ? cache.get(target) : undefined;
      cache.set(section, inherited && inherited.length > 0 ? inherited.concat(section.options) : section.options.slice());
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
      for (const option of (target ? cache.get(target) : undefined) ?? []) take(option);
    }
    for (const option of section.options) take(option);
    cache.set(section, options);
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
