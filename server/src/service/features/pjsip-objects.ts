// The PJSIP objects a section can name in aors= / auth= / transport= / endpoint= ...: the non-template sections of a
// type that Asterisk loads together with it (its load group), plus the objects pjsip_wizard.conf creates. Used by
// reference completion and by the value hover.
import { objectOf } from "../model/objects";
import { wizardObjects } from "../model/pjsip-wizard";
import { baseName } from "../model/file-kind";
import type { ConfUnit, PlacedSection } from "../model/units";
import type { Workspace } from "../model/workspace";
import { loadGroups } from "../model/load-groups";

export interface ObjectCandidate {
  name: string;
  /** Where it is defined, for the item's detail. */
  where: string;
}

function whereOf(section: PlacedSection): string {
  return section.carrierId ? `carrier ${section.carrierId}` : baseName(section.uri);
}

/** The objects of a type that `type=wizard` sections create. */
function createdByWizards(workspace: Workspace, type: string): ObjectCandidate[] {
  return wizardObjects(workspace)
    .filter((object) => object.type === type)
    .map((object) => ({ name: object.name, where: `wizard in ${whereOf(object.section)}` }));
}

/** pjsip.conf-like objects of `type` that a section of `unit` can name: its load group, or every pjsip unit for a wizard. */
export function objectsOfType(workspace: Workspace, unit: ConfUnit, type: string): ObjectCandidate[] {
  const groups = loadGroups(workspace).filter((g) => g.units.some((u) => u.dialect === "pjsip"));
  const visible = unit.dialect === "pjsip" ? groups.filter((g) => g.units.includes(unit)) : groups;
  const result: ObjectCandidate[] = [];
  for (const group of visible) {
    for (const { unit: owner, section } of group.sections) {
      if (section.header?.isTemplate || section.header?.isAppend) continue;
      if (objectOf(owner, section)?.object === type) result.push({ name: section.name, where: whereOf(section) });
    }
  }
  result.push(...createdByWizards(workspace, type));
  const seen = new Set<string>();
  return result.filter((c) => {
    if (c.name.length === 0 || seen.has(c.name)) return false;
    seen.add(c.name);
    return true;
  });
}
