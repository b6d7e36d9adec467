// The per-unit layer of derived facts: a value worked out from one load unit alone (its peers, its codec lines, its
// register lines ...), computed once per unit object. Units are rebuilt, never mutated once finished, and a unit whose
// files did not change is the same object after an edit elsewhere; so a workspace-wide value built by joining the
// facts of every unit re-does only the changed unit's share, and the join itself stays a cheap loop over cached lists.
import type { ConfUnit, PlacedSection } from "./unit-types";

interface UnitFacts {
  /** The unit's size when the facts were worked out: a unit still being built outgrows them (see `sameShape`). */
  sections: number;
  orphans: number;
  lastSectionOptions: number;
  byKey: Map<object, unknown>;
}

const factsByUnit = new WeakMap<ConfUnit, UnitFacts>();

function lastSectionOptions(unit: ConfUnit): number {
  return unit.sections[unit.sections.length - 1]?.options.length ?? 0;
}

/** Sections, orphans and options of the last section are what grows while a unit is still being built. */
function sameShape(facts: UnitFacts, unit: ConfUnit): boolean {
  return facts.sections === unit.sections.length && facts.orphans === unit.orphans.length && facts.lastSectionOptions === lastSectionOptions(unit);
}

/**
 * The fact `key` names for this unit: `compute(unit)` the first time, the same value afterwards. `compute` must read
 * nothing but the unit and the text of the unit's own documents (a unit is rebuilt whenever one of them changes):
 * no settings, no other unit, no workspace-wide value, or the fact goes stale. Use one constant object per kind of
 * fact as `key`. The value is shared: do not change it (a fact may be a cache its owner fills, such as a map by key).
 */
export function unitFact<T>(unit: ConfUnit, key: object, compute: (unit: ConfUnit) => T): T {
  let facts = factsByUnit.get(unit);
  if (!facts || !sameShape(facts, unit)) {
    facts = { sections: unit.sections.length, orphans: unit.orphans.length, lastSectionOptions: lastSectionOptions(unit), byKey: new Map() };
    factsByUnit.set(unit, facts);
  }
  if (facts.byKey.has(key)) return facts.byKey.get(key) as T;
  const value = compute(unit);
  facts.byKey.set(key, value);
  return value;
}

/**
 * A fact about one section of the unit, worked out the first time a section is asked about (most rules ask about a
 * few sections of a big unit, so working out every section up front would waste time). `compute` must read nothing
 * but the unit, as for `unitFact`; `key` names the kind of fact and holds the per-section answers of each unit.
 */
export function sectionFact<T>(unit: ConfUnit, key: object, section: PlacedSection, compute: (unit: ConfUnit, section: PlacedSection) => T): T {
  const answers = unitFact(unit, key, () => new Map<PlacedSection, T>());
  if (answers.has(section)) return answers.get(section) as T;
  const value = compute(unit, section);
  answers.set(section, value);
  return value;
}
