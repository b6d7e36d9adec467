// The PJSIP objects a section can name in aors= / auth= / transport= / endpoint= ...: the non-template sections of a
// type that Asterisk loads together with it (its load group), plus the objects pjsip_wizard.conf creates. Used by
// reference completion and by the value hover.
import { objectOf } from "../knowledge/options/objects";
import { baseName } from "../model/file-kind";
import { effectiveOptions, type ConfUnit, type PlacedSection } from "../model/units";
import type { Workspace } from "../model/workspace";
import { loadGroups } from "../rules/peer/load-groups";

export interface ObjectCandidate {
  name: string;
  /** Where it is defined, for the item's detail. */
  where: string;
}

function whereOf(section: PlacedSection): string {
  return section.carrierId ? `carrier ${section.carrierId}` : baseName(section.uri);
}

function isOn(value: string | undefined): boolean {
  return /^(yes|true|y|t|1|on)$/i.test(value?.trim() ?? "");
}

/** The endpoint, aor and auth objects each `type=wizard` section of the workspace creates. */
function wizardObjects(workspace: Workspace, type: string): ObjectCandidate[] {
  const result: ObjectCandidate[] = [];
  for (const unit of workspace.units()) {
    if (unit.dialect !== "pjsip_wizard") continue;
    for (const section of unit.sections) {
      if (section.header?.isTemplate || section.header?.isAppend) continue;
      if (objectOf(unit, section)?.object !== "wizard") continue;
      const where = `wizard in ${whereOf(section)}`;
      if (type === "endpoint" || type === "aor") result.push({ name: section.name, where });
      if (type !== "auth") continue;
      const options = effectiveOptions(unit, section);
      const value = (key: string) => options.filter((o) => o.node.key.trim().toLowerCase() === key).pop()?.node.value;
      const keys = options.map((o) => o.node.key.trim().toLowerCase());
      if (isOn(value("sends_auth")) || keys.some((k) => k.startsWith("outbound_auth/"))) result.push({ name: `${section.name}-oauth`, where });
      if (isOn(value("accepts_auth")) || keys.some((k) => k.startsWith("inbound_auth/"))) result.push({ name: `${section.name}-iauth`, where });
    }
  }
  return result;
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
  result.push(...wizardObjects(workspace, type));
  const seen = new Set<string>();
  return result.filter((c) => {
    if (c.name.length === 0 || seen.has(c.name)) return false;
    seen.add(c.name);
    return true;
  });
}
