// The per-unit layer of derived facts: a value worked out from one load unit alone (its peers, its codec lines, its
// register lines ...), computed once per unit object. Units are rebuilt, never mutated once finished, and a unit whose
// files did not change is the same object after an edit elsewhere; so a workspace-wide value built by joining the
// facts of every unit re-does only the changed unit's share, and the join itself stays a cheap loop over cached lists.
import type { ConfUnit, PlacedSection } from "./unit-types";

interface UnitFacts {
  /** The unit's size when the facts were worked out: a unit still being built outgrows them (see `unitShape`). */
  shape: string;
  byKey: Map<object, unknown>;
}

const factsByUnit = new WeakMap<ConfUnit, UnitFacts>();

/** Sections, orphans and options of the last section: changes while a unit is still being built. */
export function unitShape(unit: ConfUnit): string {
  return `${unit.sections.length}/${unit.orphans.length}/${unit.sections[unit.sections.length - 1]?.options.length ?? 0}`;
}

/**
 * The fact `key` names for this unit: `compute(unit)` the first time, the same value afterwards. `compute` must read
 * nothing but the unit (no workspace, no settings, no other unit), or the value goes stale. Use one constant object
 * per kind of fact as `key`. The value is shared: do not change it.
 */
export function unitFact<T>(unit: ConfUnit, key: object, compute: (unit: ConfUnit) => T): T {
  const shape = unitShape(unit);
  let facts = factsByUnit.get(unit);
  if (!facts || facts.shape !== shape) factsByUnit.set(unit, (facts = { shape, byKey: new Map() }));
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
