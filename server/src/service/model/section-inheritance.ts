// The options a section really has once Asterisk has applied its templates: bases in order (only earlier sections,
// recursively, cycles skipped), its own lines, and later `(+)` additions; cached per finished unit.
import { addTo } from "../util/multimap";
import type { ConfUnit, PlacedOption, PlacedSection } from "./unit-types";

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
