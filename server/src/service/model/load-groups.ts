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
    const sections = unit.sections.map((section) => ({ unit, section }));
    if (include && carriers) {
      merged.add(carriers);
      let at = 0;
      for (const [i, s] of unit.sections.entries()) {
        if (s.uri === include.uri && s.header && s.header.line.start < include.node.line.start) at = i + 1;
      }
      sections.splice(at, 0, ...carriers.sections.map((section) => ({ unit: carriers, section })));
    }
    groups.push({ units: carriers && include ? [unit, carriers] : [unit], sections });
  }
  for (const unit of carrierUnits.values()) {
    if (!merged.has(unit)) groups.push({ units: [unit], sections: unit.sections.map((section) => ({ unit, section })) });
  }
  return groups;
}
