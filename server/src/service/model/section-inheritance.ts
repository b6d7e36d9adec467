// The options a section really has once Asterisk has applied its templates: bases in order (only earlier sections,
// recursively, cycles skipped), its own lines, and later `(+)` additions; cached per finished unit.
import { addTo } from "../util/multimap";
import type { ConfUnit, PlacedOption, PlacedSection } from "./unit-types";
import { peekSectionFact, putSectionFact, unitFact } from "./unit-facts";
import { hasAppends } from "./section-stamps";

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
  // A short section that inherits nothing has only its own lines: reading them from the end costs less than the map.
  if (section.options.length <= SCAN_LIMIT && !section.header?.bases.length && !hasAppends(unit)) return lastOwnOption(section, key);
  return lastByKey(unit, section).get(key.toLowerCase());
}

/** Up to this many own lines, a section without bases is read line by line instead of through a map by key. */
const SCAN_LIMIT = 24;

/** The section's own last line with this key (case-insensitive), read from the end with nothing allocated. */
export function lastOwnOption(section: PlacedSection, key: string): PlacedOption | undefined {
  const lower = key.toLowerCase();
  // Only a non-ASCII key can change length when lower-cased (U+0130); an ASCII one settles most lines by length.
  const byLength = isAscii(lower);
  const options = section.options;
  for (let i = options.length - 1; i >= 0; i--) {
    const own = options[i].node.key;
    if ((!byLength || own.length === lower.length) && own.toLowerCase() === lower) return options[i];
  }
  return undefined;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** The value of `key` a section ends up with (inherited and `(+)` lines included), case-insensitive key. */
export function effectiveValue(unit: ConfUnit, section: PlacedSection, key: string): string | undefined {
  return lastEffectiveOption(unit, section, key)?.node.value;
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
