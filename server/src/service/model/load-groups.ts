// Which units Asterisk reads as one file: a main sip.conf / iax.conf / pjsip.conf that includes VICIdial's generated
// `<dialect>-vicidial.conf` also holds the sections rebuilt from the carrier records.
import { generatedIncludeOf, isVicidialUnit, type ConfUnit, type PlacedSection } from "./units";
import type { Workspace } from "./workspace";
import { unitDriver } from "./objects";

export interface LoadGroup {
  /** The unit whose sections (and templates) decide the main file; the carrier unit when read alone. */
  units: ConfUnit[];
  /** Sections in the order Asterisk meets them, each with the unit it was built in. */
  sections: { unit: ConfUnit; section: PlacedSection }[];
}

const LOAD_GROUPS = {};

/** Units of peer drivers grouped the way Asterisk loads them (worked out once per change of the documents). */
export function loadGroups(workspace: Workspace): LoadGroup[] {
  return workspace.memo(LOAD_GROUPS, () => findLoadGroups(workspace));
}

function findLoadGroups(workspace: Workspace): LoadGroup[] {
  const units = workspace.units().filter((u) => unitDriver(u));
  const carrierUnits = new Map(units.filter((u) => isVicidialUnit(u)).map((u) => [u.dialect, u]));
  const merged = new Set<ConfUnit>();
  const groups: LoadGroup[] = [];
  for (const unit of units) {
    if (isVicidialUnit(unit)) continue;
    const include = generatedIncludeOf(unit);
    const carriers = include ? carrierUnits.get(unit.dialect) : undefined;
    if (include && carriers) {
      merged.add(carriers);
      groups.push(lazyGroup([unit, carriers], () => mergedSections(unit, include.uri, include.node.line.start, carriers)));
    } else groups.push(lazyGroup([unit], () => sectionsOf(unit)));
  }
  for (const unit of carrierUnits.values()) if (!merged.has(unit)) groups.push(lazyGroup([unit], () => sectionsOf(unit)));
  return groups;
}

/**
 * A group whose sections are listed when first asked: the rules that read groups on each edit of a large sip.conf
 * mostly stop before (no peer sets nat=, no name is met twice), and the list holds one pair per section.
 */
function lazyGroup(units: ConfUnit[], list: () => LoadGroup["sections"]): LoadGroup {
  let sections: LoadGroup["sections"] | undefined;
  return {
    units,
    get sections() {
      return (sections ??= list());
    },
  };
}

function sectionsOf(unit: ConfUnit): LoadGroup["sections"] {
  return unit.sections.map((section) => ({ unit, section }));
}

/** The main unit's sections with the carrier unit's where the main file includes VICIdial's generated file. */
function mergedSections(unit: ConfUnit, includeUri: string, includeStart: number, carriers: ConfUnit): LoadGroup["sections"] {
  const sections = sectionsOf(unit);
  let at = 0;
  for (const [i, s] of unit.sections.entries()) {
    if (s.uri === includeUri && s.header && s.header.line.start < includeStart) at = i + 1;
  }
  sections.splice(at, 0, ...sectionsOf(carriers));
  return sections;
}
