// A dialplan's globals: the definitions of its [globals] sections, made once per section object. A section a rebuild
// of the unit put back whole is the same object, its lines moved in place at most (a definition holds its node's own
// spans, which move with the node): so after an edit outside [globals], a rebuilt dialplan's globals are the previous
// build's list, and what is worked out of that list (names, values, what they read) can be kept by its identity.
import type { GlobalDefinition } from "./dialplan-types";
import type { PlacedSection } from "./units";
import { sameItems } from "../util/lists";

/** A section's definitions, and how many options it had then (a section object is not changed once built). */
interface SectionGlobals {
  size: number;
  unitId: string;
  definitions: readonly GlobalDefinition[];
}

const bySection = new WeakMap<PlacedSection, SectionGlobals>();

/** The definitions of one [globals] section of the unit `unitId`, in order: one per option with a name. */
export function sectionGlobals(section: PlacedSection, unitId: string): readonly GlobalDefinition[] {
  const known = bySection.get(section);
  if (known && known.size === section.options.length && known.unitId === unitId) return known.definitions;
  const definitions: GlobalDefinition[] = [];
  for (const option of section.options) {
    const name = option.node.key.trim();
    if (name.length === 0) continue;
    definitions.push({
      name,
      value: option.node.value,
      uri: option.uri,
      option,
      nameSpan: option.node.keySpan,
      valueSpan: option.node.valueSpan,
      unitId,
      field: option.field,
      carrierId: option.carrierId,
    });
  }
  bySection.set(section, { size: section.options.length, unitId, definitions });
  sectionsOf.set(definitions, [section]);
  return definitions;
}

/** The [globals] sections a globals list was made from, in order. */
const sectionsOf = new WeakMap<readonly GlobalDefinition[], readonly PlacedSection[]>();

/**
 * Where the lines of a globals list are, as its sections' `placed` tokens (see `PlacedSection.placed`): the same items
 * while no re-parse moved them. A value that holds the definitions' offsets (copied) is kept with these.
 */
export function globalsPlacements(globals: readonly GlobalDefinition[]): unknown[] {
  return (sectionsOf.get(globals) ?? []).map((section) => section.placed);
}

/** What a dialplan's globals list was joined from, for a list of more than one section's definitions. */
const partsOf = new WeakMap<readonly GlobalDefinition[], readonly (readonly GlobalDefinition[])[]>();

const NO_GLOBALS: readonly GlobalDefinition[] = [];

/**
 * The globals of `parts` (each [globals] section's definitions, in the unit's order) as one list, the same object
 * while the parts are: one section's list itself, or `previous` (the previous build's list) joined from the same parts.
 */
export function joinedGlobals(parts: readonly (readonly GlobalDefinition[])[], previous: readonly GlobalDefinition[] | undefined): readonly GlobalDefinition[] {
  if (parts.length === 0) return NO_GLOBALS;
  if (parts.length === 1) return parts[0];
  const before = previous && partsOf.get(previous);
  if (before && sameItems(before, parts)) return previous!;
  const joined = parts.flat();
  partsOf.set(joined, parts);
  sectionsOf.set(joined, parts.flatMap((part) => sectionsOf.get(part) ?? []));
  return joined;
}
