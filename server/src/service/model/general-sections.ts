// The sections of a unit named [general] (any case), in order: looked for once per unit object and shared by what
// reads them (inheritance stamps, where register lines are read, the [general] key check), where each made its own
// pass over every section of the unit after each edit.
import type { ConfUnit, PlacedSection } from "./unit-types";
import { unitFact } from "./unit-facts";

const NAMED_GENERAL = {};

/** Every section named [general] (any case), in the unit's order; shared, do not change it. */
export function sectionsNamedGeneral(unit: ConfUnit): readonly PlacedSection[] {
  return unitFact(unit, NAMED_GENERAL, findNamedGeneral);
}

function findNamedGeneral(unit: ConfUnit): readonly PlacedSection[] {
  // The length first: no lower-case copy of every other section's name.
  return unit.sections.filter((s) => s.name.length === 7 && s.name.toLowerCase() === "general");
}
